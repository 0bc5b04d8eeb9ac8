# rule: gather adds no frame of its own: the uncaught error shows main's await line then the child's frames
import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return 1


async def broken(n):
    await asyncio.sleep(0.02)
    data = [1, 2, 3]
    return data[n]


async def main():
    results = await asyncio.gather(ok(), broken(5))
    print(results)


asyncio.run(main())
