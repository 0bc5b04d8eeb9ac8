# rule: a bounded queue with one None sentinel per consumer drains every job, then each consumer stops
import asyncio

N_CONSUMERS = 3
COST = {"parse": 0.09, "index": 0.17, "store": 0.17, "mail": 0.19, "zip": 0.09, "archive": 0.13}


async def producer(queue, jobs):
    for job in jobs:
        await queue.put(job)
        print(f"[producer] queued {job!r} (size now {queue.qsize()})")
        await asyncio.sleep(0.01)
    for _ in range(N_CONSUMERS):
        await queue.put(None)
    print("[producer] sent sentinels")


async def consumer(name, queue, results):
    handled = 0
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            print(f"[{name}] shutting down after {handled} job(s)")
            return handled
        await asyncio.sleep(COST[job])
        results.append((name, job.upper()))
        handled += 1
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    jobs = ["parse", "index", "store", "mail", "zip", "archive"]
    consumers = [asyncio.create_task(consumer(f"c{i}", queue, results)) for i in range(N_CONSUMERS)]
    await producer(queue, jobs)
    await queue.join()
    counts = await asyncio.gather(*consumers)
    print("counts:", counts, "total:", sum(counts))
    for who, what in sorted(results, key=lambda r: r[1]):
        print(f"  {what:<8} by {who}")
    print("queue empty:", queue.empty())


asyncio.run(main())
