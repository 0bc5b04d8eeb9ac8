# rule: async generators and async comprehensions: each step awaits inside the consuming task; other tasks run meanwhile
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def background():
    for i, pause in enumerate([0.03, 0.02, 0.02]):
        await asyncio.sleep(pause)
        print("background tick", i)


async def main():
    bg = asyncio.create_task(background())
    async for value in ticker(4, 0.02):
        print("got", value)
    squares = [v * v async for v in ticker(3, 0.01)]
    print("squares:", squares)
    evens = [v async for v in ticker(6, 0.01) if v % 2 == 0]
    print("evens:", evens)
    await bg


asyncio.run(main())
