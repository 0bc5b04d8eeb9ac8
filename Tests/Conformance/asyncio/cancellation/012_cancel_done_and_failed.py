# rule: cancel() on a finished task returns False and does not change its result; it marks a stored exception as retrieved
import asyncio


async def fine():
    return "fine"


async def broken():
    raise ValueError("broken")


async def main():
    a = asyncio.create_task(fine())
    b = asyncio.create_task(broken())
    await asyncio.sleep(0)
    print("cancel finished:", a.cancel(), a.result(), a.cancelling())
    print("cancel failed:", b.cancel(), b.cancelled())
    del b
    print("no 'exception was never retrieved' log for b")


asyncio.run(main())
