# PriorityQueue and LifoQueue order; get_nowait/put_nowait errors; task_done too many;
# str() of a queue; a woken getter that loses the race queues again at the back (§15).
import asyncio

async def getter(q, name):
    item = await q.get()
    print(f"{name} got {item}")

async def main():
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 1, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue(maxsize=3)
    for x in "abc":
        await lq.put(x)
    print(str(lq), lq.full())
    try:
        lq.put_nowait("d")
    except asyncio.QueueFull as e:
        print("full", repr(e))
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    q.put_nowait("x")
    print("stolen", q.get_nowait(), str(q))
    q.put_nowait("y")
    await asyncio.sleep(0)
    q.put_nowait("z")
    await asyncio.gather(g1, g2)
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(repr(e))

asyncio.run(main())
