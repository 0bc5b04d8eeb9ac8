# rule: PriorityQueue serves (priority, seq, job) tuples lowest first; LifoQueue reverses; get_nowait raises QueueEmpty
import asyncio


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return f"Job({self.name})"


async def worker(name, q, done):
    while True:
        priority, seq, job = await q.get()
        await asyncio.sleep(job.cost)
        done.append(f"{name}:{job.name}(p{priority})")
        q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    jobs = [(3, "backup", 0.02), (1, "page-oncall", 0.01), (2, "rebuild", 0.03), (1, "alert", 0.01), (5, "cleanup", 0.01)]
    for seq, (prio, name, cost) in enumerate(jobs):
        q.put_nowait((prio, seq, Job(name, cost)))
    print("queued:", q.qsize(), str(q))
    done = []
    w = asyncio.create_task(worker("w1", q, done))
    await q.join()
    w.cancel()
    print(" -> ".join(done))
    lifo = asyncio.LifoQueue(maxsize=3)
    for item in "abc":
        lifo.put_nowait(item)
    print("full:", lifo.full())
    try:
        lifo.put_nowait("d")
    except asyncio.QueueFull:
        print("QueueFull raised")
    print([lifo.get_nowait() for _ in range(3)])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
