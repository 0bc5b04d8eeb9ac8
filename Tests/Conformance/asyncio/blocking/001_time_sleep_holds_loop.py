# rule: time.sleep inside a coroutine holds the loop: tasks that block run one after another and their total time adds up
import asyncio
import time


async def greet(name, seconds):
    print(f"hello from {name}")
    time.sleep(seconds)
    print(f"bye from {name}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(greet("one", 0.2), greet("two", 0.1), greet("three", 0.2))
    print(f"blocking version took {loop.time() - start:.1f}s")


asyncio.run(main())
