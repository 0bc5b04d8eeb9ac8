# rule: "coroutine ... was never awaited" is reported where the coroutine object dies: in a loop callback (events.py:80), when a list or dict holding it is dropped, on reassignment, and for asyncio's own coroutines such as sleep
import asyncio


async def job(n):
    return n


def callback():
    job(1)
    print("callback ran")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(callback)
    await asyncio.sleep(0)
    pending = [job(i) for i in range(3)]
    print("made", len(pending))
    pending = None
    print("dropped list")
    x = job(5)
    x = job(6)
    print("reassigned")
    print("awaited:", await x)
    d = {"a": job(7)}
    del d
    print("deleted dict")
    asyncio.sleep(1)
    print("sleep not awaited")
    q = asyncio.Queue()
    q.get()
    print("queue get not awaited")


asyncio.run(main())
print("end")
