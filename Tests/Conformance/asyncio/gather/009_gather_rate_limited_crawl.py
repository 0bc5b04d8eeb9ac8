# rule: a crawler gathers many fetches limited by a Semaphore; completion order follows latency and the semaphore's FIFO queue
import asyncio

LATENCY = {"/": 0.03, "/about": 0.01, "/blog": 0.05, "/contact": 0.02, "/shop": 0.04}


async def fetch(path, sem, loop, start):
    async with sem:
        print(f"GET {path}")
        await asyncio.sleep(LATENCY[path])
        return path, len(path) * 100


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    pages = await asyncio.gather(*(fetch(p, sem, loop, start) for p in LATENCY))
    for path, size in pages:
        print(f"{path:9} {size:5d} bytes")
    print(f"total {loop.time() - start:.1f}s")


asyncio.run(main())
