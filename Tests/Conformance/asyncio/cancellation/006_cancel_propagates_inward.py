# rule: cancelling a task that awaits another task cancels the inner task first; the outer wakes one iteration after the inner ends
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(child):
    try:
        await child
    except asyncio.CancelledError:
        print("outer cancelled; child cancelled?", child.cancelled())
        raise


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.01)
    parent.cancel()
    print("child cancelling count:", child.cancelling())
    await asyncio.gather(parent, return_exceptions=True)
    print("parent cancelled:", parent.cancelled(), "child cancelled:", child.cancelled())


asyncio.run(main())
