# rule: Semaphore.release reserves the slot for the first waiter, so a newcomer calling acquire in the meantime must queue
import asyncio


async def holder(sem, log):
    async with sem:
        log.append("holder in")
        await asyncio.sleep(0.01)
    log.append("holder released")


async def waiter(sem, log):
    async with sem:
        log.append("waiter in")


async def newcomer(sem, log):
    await asyncio.sleep(0.01)
    log.append(f"newcomer arrives, locked()={sem.locked()}")
    async with sem:
        log.append("newcomer in")


async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await asyncio.gather(holder(sem, log), waiter(sem, log), newcomer(sem, log))
    print("\n".join(log))


asyncio.run(main())
