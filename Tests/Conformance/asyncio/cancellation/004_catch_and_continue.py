# rule: a task may catch CancelledError and keep running; it is then not cancelled, cancelling() stays 1 until uncancel()
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("caught cancel; cancelling() =", me.cancelling())
        print("uncancel() ->", me.uncancel(), "then again ->", me.uncancel())
    await asyncio.sleep(0.02)
    return "finished anyway"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    result = await t
    print(result, "| cancelled:", t.cancelled(), "| cancelling:", t.cancelling())


asyncio.run(main())
