# 100k tasks, each awaiting sleep(0) ten times: pure scheduling cost.
import asyncio

async def worker():
    for _ in range(10):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker() for _ in range(100_000)))
    print("done")

asyncio.run(main())
