# rule: cancelling gather(return_exceptions=True) waits until every child has finished its cleanup, then raises CancelledError
import asyncio


async def child(name, cleanup):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(cleanup)
        print(f"{name} cleaned up")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    g = asyncio.gather(child("fast", 0.1), child("slow", 0.3), return_exceptions=True)
    await asyncio.sleep(0.1)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print(f"gather raised CancelledError at {loop.time() - start:.1f}")
    print("done:", g.done(), "cancelled():", g.cancelled())


asyncio.run(main())
