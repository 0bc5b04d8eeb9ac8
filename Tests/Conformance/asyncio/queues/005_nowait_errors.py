# rule: get_nowait on an empty queue raises QueueEmpty, put_nowait on a full one QueueFull; both are Exceptions from asyncio.queues
import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty:", repr(e), type(e).__name__, str(e) == "")
    q.put_nowait("only")
    try:
        q.put_nowait("second")
    except asyncio.QueueFull as e:
        print("QueueFull:", repr(e), isinstance(e, Exception))
    print(q.get_nowait(), q.qsize())
    try:
        asyncio.Queue(maxsize=-1).put_nowait(1)
        print("maxsize <= 0 is unbounded")
    except asyncio.QueueFull:
        print("not reached")


asyncio.run(main())
