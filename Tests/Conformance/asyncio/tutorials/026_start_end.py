# rule: tutorial equivalent (seed 004, running coroutines): asyncio.run of a main that prints around a sleep
import asyncio


async def main():
    print("Begin")
    await asyncio.sleep(0.1)
    print("Finish")

asyncio.run(main())
