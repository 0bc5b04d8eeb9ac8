# rule: a polling loop with asyncio.sleep advances by its delays; other tasks run during each sleep
import asyncio


async def job(state):
    for pct in (25, 50, 75, 100):
        await asyncio.sleep(0.04)
        state["pct"] = pct


async def monitor(state, loop, start):
    check = 0
    while state["pct"] < 100:
        await asyncio.sleep(0.05)
        check += 1
        print(f"check {check}: progress {state['pct']}%")
    print(f"monitor saw 100% after {loop.time() - start:.1f}s")


async def main():
    loop = asyncio.get_running_loop()
    state = {"pct": 0}
    start = loop.time()
    await asyncio.gather(job(state), monitor(state, loop, start))


asyncio.run(main())
