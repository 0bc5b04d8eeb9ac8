# rule: a failing child cancels its sibling and the parent's body; the group raises ExceptionGroup handled with except*
import asyncio


async def ok_worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled by the group")
        raise


async def bad_worker():
    await asyncio.sleep(0.05)
    raise ValueError("bad input")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok_worker())
            tg.create_task(bad_worker())
            await asyncio.sleep(1)
            print("body not reached")
    except* ValueError as eg:
        print("caught:", repr(eg))
        print("sub-exceptions:", eg.exceptions)
    print("cancelling() of main:", asyncio.current_task().cancelling())


asyncio.run(main())
