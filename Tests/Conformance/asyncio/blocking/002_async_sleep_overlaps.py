# rule: the same tasks with await asyncio.sleep overlap: the total is the longest, and the order of the goodbyes changes
import asyncio
import time


async def greet(name, seconds):
    print(f"hello from {name}")
    await asyncio.sleep(seconds)
    print(f"bye from {name}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(greet("one", 0.3), greet("two", 0.1), greet("three", 0.2))
    print(f"async version took {time.perf_counter() - start:.1f}s")


asyncio.run(main())
