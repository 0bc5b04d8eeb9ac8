# rule: a task cancelled in Condition.wait re-acquires the lock before CancelledError propagates
import asyncio


async def waiter(cond, log):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log.append(f"cancelled; holds the lock again: {cond.locked()}")
            raise


async def main():
    cond = asyncio.Condition()
    log = []
    t = asyncio.create_task(waiter(cond, log))
    await asyncio.sleep(0.01)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.02)
        log.append("main still holds the lock while the waiter waits for it")
    await asyncio.gather(t, return_exceptions=True)
    print("\n".join(log))
    print("lock free at the end:", not cond.locked())


asyncio.run(main())
