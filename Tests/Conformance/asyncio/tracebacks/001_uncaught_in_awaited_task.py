# rule: an uncaught exception from an awaited task prints asyncio's runner frames, main's await line and the task's frames; exit status 1
import asyncio


async def average(values):
    await asyncio.sleep(0.01)
    return sum(values) / len(values)


async def main():
    t = asyncio.create_task(average([]))
    result = await t
    print("not reached", result)


asyncio.run(main())
