# rule: an uncaught QueueEmpty from get_nowait shows the queues.py frame and the module-qualified class name
import asyncio


async def drain(q):
    items = []
    while True:
        items.append(q.get_nowait())
        print("drained", items[-1])


async def main():
    q = asyncio.Queue()
    for x in (1, 2):
        q.put_nowait(x)
    await drain(q)


asyncio.run(main())
