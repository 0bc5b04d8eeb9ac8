# Cancellation edge cases: a task that cancels itself and returns ends CANCELLED; a cancel
# while the wake-up is queued loses the result; gather cancel; shield keeps the inner task
# running; a task that catches the cancellation continues (§7, §8, §9).
import asyncio

async def selfcancel():
    asyncio.current_task().cancel()
    return 5

async def quick(fut):
    return await fut

async def inner(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("catcher caught", asyncio.current_task().cancelling())
        asyncio.current_task().uncancel()
    await asyncio.sleep(0.1)
    return "survived"

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(selfcancel())
    await asyncio.sleep(0)
    print("selfcancel", t.cancelled())
    fut = loop.create_future()
    t = asyncio.create_task(quick(fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("result lost", t.cancelled())
    g = asyncio.gather(inner("g1", 0.1), inner("g2", 1))
    await asyncio.sleep(0.2)
    print("gather cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", repr(e), g.cancelled(), g.done())
    g = asyncio.gather(inner("h1", 1), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel("why")
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("gather rx", repr(e))
    f2 = loop.create_future()
    g = asyncio.gather(f2, return_exceptions=True)
    f2.cancel("msg")
    print("future in gather", await g)
    it = asyncio.create_task(inner("sh", 0.3))
    async def shielded():
        return await asyncio.shield(it)
    outer = asyncio.create_task(shielded())
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", it.done())
    print("inner result", await it)
    c = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    c.cancel()
    print(await c, c.cancelled())

asyncio.run(main())
