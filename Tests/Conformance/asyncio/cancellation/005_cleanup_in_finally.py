# rule: finally blocks may await during cancellation; the canceller awaiting the task waits for the cleanup to finish
import asyncio


async def session(loop, start):
    try:
        print("session open")
        await asyncio.sleep(1)
    finally:
        print("closing session...")
        await asyncio.sleep(0.1)
        print(f"session closed at {loop.time() - start:.1f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(session(loop, start))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"main saw the cancellation at {loop.time() - start:.1f}")


asyncio.run(main())
