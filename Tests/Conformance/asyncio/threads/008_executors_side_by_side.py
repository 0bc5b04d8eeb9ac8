# rule: each ThreadPoolExecutor has its own queue and workers: a busy 1-worker pool does not slow a second pool, and shutdown forbids new calls
import asyncio
import concurrent.futures
import time


def fetch(name, seconds):
    time.sleep(seconds)
    return f"{name} after {seconds}s"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    slow = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    fast = concurrent.futures.ThreadPoolExecutor(max_workers=3)

    finished = []

    async def timed(pool, name, seconds):
        result = await loop.run_in_executor(pool, fetch, name, seconds)
        finished.append(f"{loop.time() - start:.1f}s {result}")
        return result

    results = await asyncio.gather(
        timed(slow, "slow-a", 0.2),
        timed(slow, "slow-b", 0.2),
        timed(fast, "fast-a", 0.1),
        timed(fast, "fast-b", 0.1),
        timed(fast, "fast-c", 0.1),
        timed(fast, "fast-d", 0.1),
    )
    print(len(results), "results")
    for line in sorted(finished):
        print(line)
    slow.shutdown()
    try:
        loop.run_in_executor(slow, fetch, "late", 0.1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fast.shutdown(wait=True)
    for bad in (0, -2):
        try:
            concurrent.futures.ThreadPoolExecutor(max_workers=bad)
        except ValueError as e:
            print("ValueError:", e)


asyncio.run(main())
