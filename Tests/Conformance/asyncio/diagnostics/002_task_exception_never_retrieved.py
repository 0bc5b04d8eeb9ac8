# rule: a fire-and-forget task that fails logs 'Task exception was never retrieved' with its traceback when the task is dropped
import asyncio


async def risky(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"job {n} exploded")


async def main():
    asyncio.create_task(risky(1))
    await asyncio.sleep(0.05)
    print("main continues after the log")


asyncio.run(main())
print("exit status stays 0")
