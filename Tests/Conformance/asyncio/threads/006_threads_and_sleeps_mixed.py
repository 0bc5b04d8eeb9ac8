# rule: results of threads and async sleeps arrive in order of their completion times
import asyncio
import time


def blocking_io(name, seconds):
    time.sleep(seconds)
    return name


async def async_io(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    jobs = [asyncio.to_thread(blocking_io, "thread-0.3", 0.3), async_io("async-0.1", 0.1),
            asyncio.to_thread(blocking_io, "thread-0.2", 0.2), async_io("async-0.4", 0.4)]
    for fut in asyncio.as_completed(jobs):
        print(await fut, f"at {loop.time() - start:.1f}")


asyncio.run(main())
