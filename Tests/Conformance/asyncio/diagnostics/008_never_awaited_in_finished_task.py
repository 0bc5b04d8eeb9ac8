# rule: a never-awaited coroutine held in a local of a task is reported when the task finishes, at asyncio's events.py:80 callback line
import asyncio


async def notify(user):
    print("notified", user)


async def handler():
    reminder = notify("ann")
    await asyncio.sleep(0.01)
    print("handler done (forgot to await the reminder)")


async def main():
    await asyncio.create_task(handler())
    print("main done")


asyncio.run(main())
