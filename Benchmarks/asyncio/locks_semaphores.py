# Tasks contending for a Lock and a Semaphore.
import asyncio

async def worker(lock, sem, counter):
    for _ in range(20):
        async with sem:
            async with lock:
                counter[0] += 1
            await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(10)
    counter = [0]
    await asyncio.gather(*(worker(lock, sem, counter) for _ in range(5_000)))
    print(counter[0])

asyncio.run(main())
