# Async generators consumed with async for and async comprehensions.
import asyncio

async def numbers(n):
    for i in range(n):
        if i % 100 == 0:
            await asyncio.sleep(0)
        yield i

async def main():
    total = 0
    async for x in numbers(300_000):
        total += x
    squares = [x * x async for x in numbers(100_000)]
    print(total, len(squares))

asyncio.run(main())
