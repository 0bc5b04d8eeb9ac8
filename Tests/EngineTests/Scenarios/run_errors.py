# asyncio.run when main raises: shutdown still cancels leftovers (their cleanup runs, and may
# await), then the exception propagates; a task done callback sees the final state (§18, §5).
import asyncio

async def worker(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cleanup")
        await asyncio.sleep(0)
        print(f"{name} cleanup done")
        raise

async def main():
    t = asyncio.create_task(worker("w"))
    t.add_done_callback(lambda f: print("done callback: cancelled =", f.cancelled()))
    await asyncio.sleep(0.1)
    print("main raises")
    raise ValueError("boom")

try:
    asyncio.run(main())
except ValueError as e:
    print("run raised", repr(e))

async def main2():
    await asyncio.sleep(0)
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

try:
    asyncio.run(main2())
except asyncio.CancelledError as e:
    print("run2 raised", repr(e))
