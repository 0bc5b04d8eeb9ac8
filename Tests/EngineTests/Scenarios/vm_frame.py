# Twin of AwaitingSeamTests: two getters; an item arrives and the second getter is cancelled
# in the same step — the woken getter runs first (FIFO), then the cancelled one (§15, §7).
import asyncio

async def vmlike(q):
    print("start")
    try:
        item = await q.get()
    except asyncio.CancelledError:
        print("cancelled")
        raise
    print(f"got {item}")
    await asyncio.sleep(0.5)
    return item

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    q = asyncio.Queue()
    a = asyncio.create_task(vmlike(q))
    b = asyncio.create_task(vmlike(q))
    await asyncio.sleep(0.1)
    q.put_nowait(7)
    b.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("time", int((loop.time() - t0) * 10 + 0.001))

asyncio.run(main())
