# Still more edges: TaskGroup cancelled from outside; a child failing while a sibling's
# cleanup awaits; nested timeouts where the outer expires first; a putter woken then
# cancelled passes the slot on; gather(return_exceptions) whose child swallows cancel;
# wait() with duplicates; as_completed over done futures (§7, §8, §10, §11, §13–§15).
import asyncio

async def sleeper(name, d, cleanup=0.0):
    try:
        await asyncio.sleep(d)
        print(f"{name} done")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        if cleanup:
            await asyncio.sleep(cleanup)
            print(f"{name} cleanup finished")
        raise

async def failer(d):
    await asyncio.sleep(d)
    raise ValueError("fail")

async def group_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(sleeper("g1", 1))
        tg.create_task(sleeper("g2", 1))
        await asyncio.sleep(1)

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallower keeps going")
    return "swallowed"

async def putter(q, name, item):
    try:
        await q.put(item)
        print(f"{name} put {item}")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(group_body())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled", t.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("slow-cleanup", 1, cleanup=0.2))
            tg.create_task(failer(0.1))
    except* ValueError as eg:
        print("group error after cleanup", len(eg.exceptions))
    try:
        async with asyncio.timeout(0.1):
            try:
                async with asyncio.timeout(0.5):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner converted (wrong)")
    except TimeoutError:
        print("outer timeout")
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("x")
    ps = [asyncio.create_task(putter(q, f"p{i}", i)) for i in range(2)]
    await asyncio.sleep(0)
    q.get_nowait()
    ps[0].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("queue now", q.get_nowait())
    await asyncio.gather(*ps, return_exceptions=True)
    g = asyncio.gather(swallower(), sleeper("gs", 1), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    a = asyncio.create_task(sleeper("w1", 0.1))
    done, pending = await asyncio.wait([a, a])
    print("wait dup", len(done), len(pending))
    f1 = loop.create_future(); f1.set_result(1)
    f2 = loop.create_future(); f2.set_exception(KeyError("k"))
    for c in asyncio.as_completed([f1, f2]):
        try:
            print("as_completed", await c)
        except KeyError as e:
            print("as_completed error", repr(e))

asyncio.run(main())
