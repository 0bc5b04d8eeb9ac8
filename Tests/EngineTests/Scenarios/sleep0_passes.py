# sleep(0) costs exactly one pass; call_soon callbacks interleave FIFO with task steps;
# call_later(0) runs after call_soon callbacks queued before the pass (§2, §6).
import asyncio

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "later0")
    loop.call_soon(print, "soon1")
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    loop.call_soon(print, "soon2")
    print("main before await")
    await t1
    print("main after t1", t2.done())
    await t2
    print("main end")

asyncio.run(main())
