# rule: tutorial equivalent (seed 000): calling an async function returns a coroutine object; asyncio.run runs it
import asyncio


async def introduce():
    print("Hi, this is Ada")


if __name__ == '__main__':
    coro = introduce()
    print(type(coro).__name__)
    asyncio.run(coro)
