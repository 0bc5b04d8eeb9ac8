# rule: cancelling the task that runs a TaskGroup cancels the children and re-raises CancelledError (no ExceptionGroup)
import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def service():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("service got CancelledError from the group")
        raise


async def main():
    t = asyncio.create_task(service())
    await asyncio.sleep(0.02)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("service cancelled:", t.cancelled())


asyncio.run(main())
