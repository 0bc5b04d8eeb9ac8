# rule: tutorial equivalent (seed 004, task): the coroutine wrapped in a Task and awaited
import asyncio


async def greet():
    print("Good")
    await asyncio.sleep(0.1)
    print("morning")


async def main():
    job = asyncio.create_task(greet())
    await job

asyncio.run(main())
