# rule: an exception raised in the TaskGroup body cancels the children and is raised inside an ExceptionGroup
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("downloader"))
            await asyncio.sleep(0.01)
            raise RuntimeError("config missing")
    except ExceptionGroup as eg:
        print(repr(eg))


asyncio.run(main())
