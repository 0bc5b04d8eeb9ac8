# rule: a task that cancels itself gets CancelledError at its next suspension; if it returns instead it still ends cancelled
import asyncio


async def self_cancel_then_await():
    asyncio.current_task().cancel()
    print("still running after cancelling myself")
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print("CancelledError at the next await")
        raise


async def self_cancel_then_return():
    asyncio.current_task().cancel()
    print("returning normally after self-cancel")
    return 99


async def main():
    for fn in (self_cancel_then_await, self_cancel_then_return):
        t = asyncio.create_task(fn())
        try:
            print("result:", await t)
        except asyncio.CancelledError:
            print(fn.__name__, "-> cancelled:", t.cancelled())


asyncio.run(main())
