# rule: cancelling tasks blocked on a Lock, an Event and a Queue leaves the primitives usable and unlocked
import asyncio


async def guarded(lock, name, log):
    try:
        async with lock:
            log.append(f"{name} holds lock")
            await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled (lock held by someone: {lock.locked()})")
        raise


async def main():
    log = []
    lock = asyncio.Lock()
    holders = [asyncio.create_task(guarded(lock, n, log)) for n in ("first", "second", "third")]
    await asyncio.sleep(0.02)
    holders[1].cancel()
    await asyncio.sleep(0.1)
    holders[0].cancel()
    await asyncio.gather(*holders, return_exceptions=True)
    print("\n".join(log))
    print("lock free at end:", not lock.locked(), [h.cancelled() for h in holders])

    event = asyncio.Event()
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0.01)
    waiter.cancel()
    await asyncio.sleep(0)
    event.set()
    print("event waiter cancelled:", waiter.cancelled(), "event set:", event.is_set())

    q = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0.01)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print("item still queued:", q.get_nowait(), "getter cancelled:", getter.cancelled())


asyncio.run(main())
