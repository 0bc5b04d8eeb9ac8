# rule: cancelling a gather future cancels its unfinished children; the outer future ends FINISHED with a CancelledError, not cancelled()
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("quick", 0.01), child("slow-1", 1), child("slow-2", 1))
    await asyncio.sleep(0.05)
    print("cancel() ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("done:", g.done(), "cancelled:", g.cancelled())
    print("cancel again ->", g.cancel())


asyncio.run(main())
