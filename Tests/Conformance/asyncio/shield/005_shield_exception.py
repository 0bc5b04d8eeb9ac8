# rule: an exception in the shielded task propagates through the outer future to the awaiting task
import asyncio


async def flaky():
    await asyncio.sleep(0.01)
    raise ConnectionResetError("peer reset")


async def main():
    inner = asyncio.create_task(flaky())
    outer = asyncio.shield(inner)
    try:
        await outer
    except ConnectionResetError as e:
        print("outer raised:", repr(e))
    print("same exception object:", outer.exception() is inner.exception())


asyncio.run(main())
