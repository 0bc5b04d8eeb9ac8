# rule: a getter cancelled after being woken leaves the item in the queue and passes the wake-up to the next getter
import asyncio


async def getter(name, q, log):
    try:
        item = await q.get()
        log.append(f"{name} got {item}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    q = asyncio.Queue()
    log = []
    first = asyncio.create_task(getter("first", q, log))
    second = asyncio.create_task(getter("second", q, log))
    await asyncio.sleep(0.01)
    q.put_nowait("parcel")
    first.cancel()
    await asyncio.gather(first, second, return_exceptions=True)
    print("\n".join(log))
    print("queue empty:", q.empty())


asyncio.run(main())
