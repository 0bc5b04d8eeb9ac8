# rule: loop.run_in_executor(None or a ThreadPoolExecutor, fn, *args) returns an awaitable future with fn's result
import asyncio
import concurrent.futures
import time


def checksum(data, rounds):
    time.sleep(0.1)
    return sum(data) * rounds


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.run_in_executor(None, checksum, [1, 2, 3], 2)
    print("is an asyncio future:", isinstance(fut, asyncio.Future))
    print("default executor:", await fut)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, checksum, [i], 10) for i in range(4)))
    print("2 workers, 4 jobs:", results, f"in {loop.time() - start:.1f}s total")


asyncio.run(main())
