# rule: if the awaited inner task swallows the cancellation and returns, the outer task receives the value and is not cancelled
import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner ignores the cancellation")
    return "inner value"


async def outer(child):
    value = await child
    print("outer got", repr(value), "cancelling() =", asyncio.current_task().cancelling())
    return value


async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.01)
    print("cancel parent:", parent.cancel())
    print(await parent, parent.cancelled())


asyncio.run(main())
