# wait(FIRST_COMPLETED / FIRST_EXCEPTION / timeout) never cancels; as_completed yields in
# completion order and raises TimeoutError at its deadline (§10, §11).
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    ts = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.3, 0.1, 0.2])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first", names(done), names(pending), int((loop.time() - t0) * 10 + 0.001))
    done, pending = await asyncio.wait(ts, timeout=0.11)
    print("timeout", names(done), names(pending), int((loop.time() - t0) * 10 + 0.001))
    ts2 = [asyncio.create_task(job("k0", 0.1), name="k0"), asyncio.create_task(job("k1", 0.2, True), name="k1"),
           asyncio.create_task(job("k2", 0.5), name="k2")]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print("first exc", names(done), names(pending), int((loop.time() - t0) * 10 + 0.001))
    for f in asyncio.as_completed([asyncio.create_task(job(f"a{i}", d)) for i, d in enumerate([0.3, 0.1, 0.2])]):
        print("as_completed", await f)
    try:
        for f in asyncio.as_completed([ts2[2], asyncio.create_task(job("late", 2))], timeout=0.1):
            print("got", await f)
    except TimeoutError as e:
        print("as_completed timeout", repr(e), int((loop.time() - t0) * 10 + 0.001))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(repr(e))

asyncio.run(main())
