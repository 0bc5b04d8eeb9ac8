# rule: 3.11 quirk: a child failing while the parent waits in __aexit__ leaves the parent's cancelling() at 1 after the ExceptionGroup
import asyncio


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("late failure")


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
    except* ValueError:
        print("caught the group error")
    print("cancelling() after the group:", me.cancelling())
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(0.05)
        print("block completed")
    except TimeoutError:
        print("TimeoutError")
    except asyncio.CancelledError:
        print("CancelledError instead of TimeoutError")
    print("body failing first:")
    me.uncancel()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
            await asyncio.sleep(1)
    except* ValueError:
        print("caught; cancelling():", me.cancelling())


asyncio.run(main())
