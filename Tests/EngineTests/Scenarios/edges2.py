# More edges: wait_for on a future and with timeout 0; shield whose inner is cancelled by
# someone else; nested gather creation order; TaskGroup whose body raises; a woken semaphore
# waiter cancelled before it runs; notify_all re-acquire order; Event cleared after set;
# a cancelled call_soon handle; call_at in the past (§5–§16).
import asyncio

async def job(name, d=0):
    print(f"{name} runs")
    await asyncio.sleep(d)
    return name

async def semuser(sem, name):
    try:
        async with sem:
            print(f"{name} in")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def cwaiter(cond, name):
    async with cond:
        await cond.wait()
        print(f"{name} reacquired")

async def ewaiter(ev, name):
    await ev.wait()
    print(f"{name} saw event, is_set={ev.is_set()}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, 0.1)
    except TimeoutError:
        print("future timed out, cancelled:", fut.cancelled())
    try:
        await asyncio.wait_for(job("never"), 0)
    except TimeoutError:
        print("timeout 0")
    done = loop.create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    inner = asyncio.create_task(job("inner", 1))
    sh = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield cancelled with inner", sh.cancelled())
    print(await asyncio.gather(asyncio.gather(job("a"), job("b")), job("c")))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("tg1", 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("group", repr(eg.exceptions))
    sem = asyncio.Semaphore(1)
    us = [asyncio.create_task(semuser(sem, f"u{i}")) for i in range(3)]
    await asyncio.sleep(0.05)
    await asyncio.sleep(0.06)
    us[1].cancel()
    await asyncio.gather(*us, return_exceptions=True)
    cond = asyncio.Condition()
    cs = [asyncio.create_task(cwaiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    ev = asyncio.Event()
    es = [asyncio.create_task(ewaiter(ev, f"e{i}")) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*es)
    h = loop.call_soon(print, "never printed")
    h.cancel()
    loop.call_at(loop.time() - 5, print, "past timer")
    loop.call_soon(print, "soon")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
