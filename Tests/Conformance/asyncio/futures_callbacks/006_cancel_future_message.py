# rule: cancelling a future with a message wakes the awaiting task with CancelledError(message); cancel returns False when done
import asyncio


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        print("waiter got", repr(e))
        return "handled"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel:", fut.cancel("shutting down"))
    print("cancelled() at once:", fut.cancelled(), "done:", fut.done())
    print("cancel again:", fut.cancel())
    print("task result:", await t)
    try:
        fut.result()
    except asyncio.CancelledError as e:
        print("result() raises", repr(e))
    plain = loop.create_future()
    plain.cancel()
    try:
        plain.exception()
    except asyncio.CancelledError as e:
        print("exception() of cancelled raises", repr(e))


asyncio.run(main())
