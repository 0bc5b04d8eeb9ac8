# How many loop passes each kind of await costs, measured with a ticker callback (§24).
import asyncio

n = 0

def tick():
    global n
    n += 1
    asyncio.get_running_loop().call_soon(tick)

async def quick():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick)
    await asyncio.sleep(0)
    start = n; await asyncio.sleep(0); print("sleep0", n - start)
    start = n; await quick(); print("coro", n - start)
    start = n; await asyncio.create_task(quick()); print("task", n - start)
    start = n; await asyncio.gather(quick()); print("gather", n - start)
    f = loop.create_future(); f.set_result(2)
    start = n; await asyncio.gather(f); print("gather-done", n - start)
    start = n; await asyncio.wait_for(quick(), 1); print("wait_for", n - start)
    start = n; await asyncio.wait_for(quick(), None); print("wait_for-none", n - start)
    t = asyncio.create_task(quick()); await asyncio.sleep(0); await asyncio.sleep(0)
    start = n; await asyncio.wait([t]); print("wait-done", n - start)
    start = n; await asyncio.shield(t); print("shield-done", n - start)

asyncio.run(main())
