# rule: repeated cancel() calls each return True and increment cancelling(), but only one CancelledError is delivered
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("caught once; cancelling() =", me.cancelling())
        await asyncio.sleep(0.01)
        print("cleanup finished without a second CancelledError")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print([t.cancel() for _ in range(3)])
    print("cancelling:", t.cancelling())
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled(), "cancel again:", t.cancel(), "cancelling:", t.cancelling())


asyncio.run(main())
