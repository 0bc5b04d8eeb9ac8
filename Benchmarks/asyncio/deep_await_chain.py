# Deep chains of awaited coroutines (no task switch per level).
import asyncio

async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return 1
    return await level(n - 1) + 1

async def main():
    total = 0
    for _ in range(2_000):
        total += await level(100)
    print(total)

asyncio.run(main())
