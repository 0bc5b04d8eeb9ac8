# rule: awaiting gather resumes two iterations after the last child finishes (one more than awaiting a task directly)
import asyncio

ticks = 0
running = True


def ticker(loop):
    global ticks
    ticks += 1
    if running:
        loop.call_soon(ticker, loop)


async def child(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return ticks


async def main():
    global running
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)
    start = ticks
    finished = await asyncio.gather(child(2), child(4))
    print("children finished at ticks", [f - start for f in finished], "gather resumed at", ticks - start)
    start = ticks
    t = asyncio.create_task(child(4))
    f = await t
    print("task finished at tick", f - start, "await resumed at", ticks - start)
    running = False


asyncio.run(main())
