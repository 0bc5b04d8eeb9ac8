# Cancelling a task that waits on a future: the future is cancelled at once, the task gets
# CancelledError(msg) one pass later; cancelling() counts requests (§7).
import asyncio

async def waiter(fut):
    try:
        print("waiter awaits")
        await fut
    except asyncio.CancelledError as e:
        print("waiter cancelled", repr(e), asyncio.current_task().cancelling())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel", t.cancel("stop"), fut.cancelled(), t.cancelled(), t.cancelling())
    print("cancel again", t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(e))
    print("task", t.cancelled(), t.done())
    t2 = asyncio.create_task(waiter(loop.create_future()))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("never started", repr(e), t2.cancelled())

asyncio.run(main())
