# wait_for around work that sometimes finishes in time and sometimes not.
import asyncio

async def job(i):
    await asyncio.sleep(0.002 if i % 2 else 0.0)
    return i

async def guarded(i):
    try:
        return await asyncio.wait_for(job(i), timeout=0.001)
    except asyncio.TimeoutError:
        return -1

async def main():
    results = await asyncio.gather(*(guarded(i) for i in range(20_000)))
    print(sum(1 for r in results if r < 0))

asyncio.run(main())
