# gather with a repeated argument; cancelling a gather whose children are partly done;
# a cancelled Event waiter; a TaskGroup child spawning a sibling while the body waits in
# __aexit__ (§8, §14, §16).
import asyncio

async def val(name, d):
    await asyncio.sleep(d)
    print(f"{name} finished")
    return name

async def ewait(ev):
    try:
        await ev.wait()
    except asyncio.CancelledError:
        print("event waiter cancelled")
        raise

async def spawner(tg):
    await asyncio.sleep(0.1)
    print("spawner adds a child")
    tg.create_task(val("grandchild", 0.1))

async def main():
    t = asyncio.create_task(val("t", 0.1))
    print(await asyncio.gather(t, t, val("u", 0.05)))
    g = asyncio.gather(val("fast", 0.05), val("slow", 1), return_exceptions=True)
    await asyncio.sleep(0.1)
    print("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("partly done gather cancelled")
    ev = asyncio.Event()
    w = asyncio.create_task(ewait(ev))
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    ev.set()
    print("event waiters left", len(ev._waiters))
    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg))
        print("body done")
    print("group done")

asyncio.run(main())
