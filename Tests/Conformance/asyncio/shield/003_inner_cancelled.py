# rule: if the shielded inner future is cancelled by other means, the outer future is cancelled too
import asyncio


async def long_io():
    await asyncio.sleep(1)


async def main():
    inner = asyncio.create_task(long_io())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print("inner cancelled:", inner.cancelled(), "outer cancelled:", outer.cancelled())


asyncio.run(main())
