# rule: an uncaught exception from a to_thread function shows main's await, threads.py and concurrent/futures/thread.py frames
import asyncio
import time


def blocking_read(path):
    time.sleep(0.02)
    raise FileNotFoundError(f"no such file: {path}")


async def main():
    data = await asyncio.to_thread(blocking_read, "/data/input.csv")
    print(data)


asyncio.run(main())
