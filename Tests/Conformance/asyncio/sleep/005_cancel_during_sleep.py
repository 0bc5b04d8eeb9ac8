# rule: cancelling a sleeping task cancels its sleep timer; the task stops at the await and no later line runs
import asyncio


async def napper():
    print("napping for a long time")
    await asyncio.sleep(10)
    print("never printed")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(napper())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("napper cancelled")
    print("took well under 10s:", loop.time() - start < 1)


asyncio.run(main())
