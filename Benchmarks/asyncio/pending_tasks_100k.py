# Memory: 100k tasks pending in sleep(3600) (pending_tasks_0.py is the baseline).
import asyncio

COUNT = 100_000

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
