# Memory baseline for pending_tasks_100k.py: the same program with no tasks.
import asyncio

COUNT = 0

async def sleeper():
    await asyncio.sleep(3600)

async def main():
    count = COUNT
    tasks = [asyncio.create_task(sleeper()) for _ in range(count)]
    await asyncio.sleep(1)
    for task in tasks:
        task.cancel()
    print(len(tasks))

asyncio.run(main())
