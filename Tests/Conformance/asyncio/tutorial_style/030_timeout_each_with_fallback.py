# rule: per-call wait_for with a fallback value; a TaskGroup of guarded calls collects every answer
import asyncio

LATENCY = {"weather": 0.03, "news": 0.2, "stocks": 0.05, "sports": 0.15}


async def widget(name):
    await asyncio.sleep(LATENCY[name])
    return f"{name}: fresh data"


async def guarded(name, timeout, fallback):
    try:
        return await asyncio.wait_for(widget(name), timeout)
    except asyncio.TimeoutError:
        return f"{name}: {fallback}"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(guarded(n, 0.1, "cached data")) for n in LATENCY]
    for t in tasks:
        print(t.result())
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(guarded(n, 0.04, "unavailable") for n in LATENCY))
    print(results)
    print("dashboard took", round(loop.time() - start, 2), "s")


asyncio.run(main())
