# rule: to_thread runs a blocking function in a worker thread; the loop keeps running other tasks meanwhile
import asyncio
import time


def read_big_file(name):
    time.sleep(0.2)
    return f"{name}: 4096 bytes"


async def ticker(loop, start):
    for i in range(2):
        await asyncio.sleep(0.07)
        print(f"loop alive (tick {i + 1})")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tick = asyncio.create_task(ticker(loop, start))
    data = await asyncio.to_thread(read_big_file, "data.bin")
    print(data, f"at {loop.time() - start:.1f}")
    await tick


asyncio.run(main())
