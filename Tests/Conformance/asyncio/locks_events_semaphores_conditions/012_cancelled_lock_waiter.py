# rule: a Lock waiter cancelled while queued is skipped; the next waiter gets the lock
import asyncio


async def worker(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} has the lock")
            await asyncio.sleep(0.02)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [asyncio.create_task(worker(n, lock, log)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("\n".join(log))


asyncio.run(main())
