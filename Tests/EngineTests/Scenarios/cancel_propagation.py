# Cancellation through awaits and primitives: an outer task awaiting an inner task; an inner
# task that swallows it; wait_for's caller cancelled; a cancelled Lock waiter; a woken queue
# getter cancelled before it runs; Condition.wait re-acquiring; timeout(0) (§7, §12, §13, §15, §16).
import asyncio

async def inner(name, d, swallow=False):
    try:
        await asyncio.sleep(d)
        return f"{name}-done"
    except asyncio.CancelledError:
        print(f"{name} inner cancelled")
        if swallow:
            return f"{name}-swallowed"
        raise

async def outer(t):
    try:
        return await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def locker(lock, name):
    try:
        async with lock:
            print(f"{name} has lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f"{name} cancelled while waiting")
        raise

async def qget(q, name):
    try:
        item = await q.get()
        print(f"{name} got {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def cwait(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cond waiter cancelled, holds lock:", cond.locked())
            raise

async def main():
    t = asyncio.create_task(inner("i1", 1))
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("main: o cancelled", t.cancelled())
    t = asyncio.create_task(inner("i2", 1, swallow=True))
    o = asyncio.create_task(outer(t))
    await asyncio.sleep(0)
    o.cancel()
    print("main: o result", await o, o.cancelling())
    w = asyncio.create_task(asyncio.wait_for(inner("i3", 1), 0.5))
    await asyncio.sleep(0.1)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("main: wait_for cancelled")
    lock = asyncio.Lock()
    ls = [asyncio.create_task(locker(lock, f"l{i}")) for i in range(3)]
    await asyncio.sleep(0)
    ls[1].cancel()
    await asyncio.gather(*ls, return_exceptions=True)
    q = asyncio.Queue()
    gs = [asyncio.create_task(qget(q, f"g{i}")) for i in range(2)]
    await asyncio.sleep(0)
    q.put_nowait("item")
    gs[0].cancel()
    await asyncio.gather(*gs, return_exceptions=True)
    cond = asyncio.Condition()
    c = asyncio.create_task(cwait(cond))
    await asyncio.sleep(0)
    async with cond:
        c.cancel()
        await asyncio.sleep(0)
        print("main holds cond; waiter waiting for lock")
    await asyncio.gather(c, return_exceptions=True)
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout(0) fired")
    t = asyncio.create_task(inner("n", 0), name="named")
    u = asyncio.create_task(inner("m", 0))
    print(t.get_name(), u.get_name())
    await asyncio.gather(t, u)

asyncio.run(main())
