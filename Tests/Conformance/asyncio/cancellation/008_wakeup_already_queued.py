# rule: cancelling a task whose wake-up is already queued sets must_cancel: it gets CancelledError instead of the result
import asyncio


async def waiter(fut):
    try:
        value = await fut
        print("waiter got", value)
    except asyncio.CancelledError:
        print("waiter cancelled; the value was lost")
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("the value")
    print("future done, wake-up queued; cancel ->", t.cancel())
    print("future itself cancelled?", fut.cancelled())
    await asyncio.gather(t, return_exceptions=True)
    print("task cancelled:", t.cancelled())


asyncio.run(main())
