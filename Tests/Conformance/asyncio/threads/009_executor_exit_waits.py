# rule: leaving `with ThreadPoolExecutor(...)` calls shutdown(wait=True), which blocks the event loop until the pool's calls finish
import asyncio
import concurrent.futures
import time


def work(seconds):
    time.sleep(seconds)
    return seconds


async def ticker(loop, start, log):
    for _ in range(6):
        log.append(f"tick at {loop.time() - start:.1f}")
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    ticks = asyncio.create_task(ticker(loop, start, log))
    await asyncio.sleep(0)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, work, s) for s in (0.3, 0.2, 0.2)]
        print("submitted 3 calls")
    print(f"with block left at {loop.time() - start:.1f}s")
    print("results:", await asyncio.gather(*futures))
    await ticks
    print("\n".join(log))


asyncio.run(main())
