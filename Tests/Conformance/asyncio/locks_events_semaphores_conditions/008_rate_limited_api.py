# rule: rate limiting an API client: a semaphore plus a per-call sleep; output order follows the FIFO slot hand-off
import asyncio


async def call_api(endpoint, sem, results):
    async with sem:
        print("calling", endpoint)
        await asyncio.sleep(0.1)
        results.append(endpoint)


async def main():
    sem = asyncio.Semaphore(3)
    results = []
    endpoints = [f"/items/{i}" for i in range(7)]
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(call_api(e, sem, results) for e in endpoints))
    print(results)
    print(f"3 batches took {loop.time() - start:.1f}s")


asyncio.run(main())
