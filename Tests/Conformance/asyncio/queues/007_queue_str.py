# rule: str(queue) shows maxsize, the items, waiting getters/putters and the unfinished count
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(q)
    q.put_nowait("a")
    print(q)
    await getter
    q.put_nowait("b")
    q.put_nowait("c")
    putter = asyncio.create_task(q.put("d"))
    await asyncio.sleep(0)
    print(q)
    q.get_nowait()
    await putter
    print(q)
    print(asyncio.PriorityQueue(), asyncio.LifoQueue(3))


asyncio.run(main())
