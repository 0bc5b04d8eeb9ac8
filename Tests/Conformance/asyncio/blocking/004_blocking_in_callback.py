# rule: a callback that blocks holds the loop too: a sleeping task resumes only after the callback returns
import asyncio
import time


def heavy_callback():
    print("callback blocks for 0.3s")
    time.sleep(0.3)


async def napper(loop, start):
    await asyncio.sleep(0.1)
    print(f"napper woke at {loop.time() - start:.1f} instead of 0.1")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(napper(loop, start))
    loop.call_later(0.06, heavy_callback)
    await t


asyncio.run(main())
