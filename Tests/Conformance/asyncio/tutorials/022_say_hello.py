# rule: tutorial equivalent (seed 004, coroutine and event loop): main awaits a coroutine that sleeps between two prints
import asyncio


async def greet():
    print("Good")
    await asyncio.sleep(0.1)
    print("morning")


async def main():
    await greet()

asyncio.run(main())
