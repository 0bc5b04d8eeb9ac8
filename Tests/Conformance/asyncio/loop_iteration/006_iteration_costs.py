# rule: the number of loop iterations each kind of await costs (cost table): sleep(0), tasks, gather, wait, wait_for, done futures
import asyncio

ticks = 0
running = True


def ticker(loop):
    global ticks
    ticks += 1
    if running:
        loop.call_soon(ticker, loop)


async def quick():
    return 1


async def measure(label, make):
    start = ticks
    await make()
    print(f"{label:32} {ticks - start}")


async def main():
    global running
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)
    done_fut = loop.create_future()
    done_fut.set_result(5)

    await measure("await quick()", lambda: quick())
    await measure("await done future", lambda: done_fut)
    await measure("await sleep(0)", lambda: asyncio.sleep(0))
    await measure("await create_task(quick())", lambda: asyncio.create_task(quick()))
    await measure("await gather(quick())", lambda: asyncio.gather(quick()))
    await measure("await gather(done future)", lambda: asyncio.gather(done_fut))
    await measure("await wait_for(quick(), 1)", lambda: asyncio.wait_for(quick(), 1))
    await measure("await wait_for(quick(), None)", lambda: asyncio.wait_for(quick(), None))
    await measure("await shield(done future)", lambda: asyncio.shield(done_fut))

    async def wait_done_task():
        t = asyncio.create_task(quick())
        await t
        start = ticks
        await asyncio.wait([t])
        print(f"{'await wait([done task])':32} {ticks - start}")

    await wait_done_task()
    running = False


asyncio.run(main())
