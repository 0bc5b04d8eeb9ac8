# rule: cancel() on a sleeping task: the waiter is cancelled at once, the task is cancelled only after CancelledError escapes
import asyncio


async def download():
    try:
        print("downloading")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("download interrupted")
        raise


async def main():
    t = asyncio.create_task(download())
    await asyncio.sleep(0.01)
    print("cancel() ->", t.cancel())
    print("right after cancel: cancelled", t.cancelled(), "done", t.done(), "cancelling", t.cancelling())
    await asyncio.sleep(0)
    print("one iteration later: cancelled", t.cancelled(), "done", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting the task raised CancelledError")
    print("cancel() on a cancelled task ->", t.cancel())


asyncio.run(main())
