# rule: cancelling a task from a call_later callback (a watchdog) interrupts it at its current await
import asyncio


async def slow_job(loop, start):
    try:
        for i in range(5):
            await asyncio.sleep(0.1)
            print(f"slow job step {i} at {loop.time() - start:.1f}")
    except asyncio.CancelledError as e:
        print("watchdog fired:", e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(slow_job(loop, start))
    loop.call_later(0.25, t.cancel, "too slow")
    try:
        await t
    except asyncio.CancelledError:
        print("job cancelled after two steps")


asyncio.run(main())
