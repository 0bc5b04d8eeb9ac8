# rule: awaiting sleeps one after another adds their durations; running them as tasks takes the longest one
import asyncio


async def step(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    for name, d in [("a", 0.1), ("b", 0.2), ("c", 0.1)]:
        await step(name, d)
    t1 = loop.time()
    print(f"sequential: {t1 - t0:.1f}s")
    results = await asyncio.gather(step("a", 0.1), step("b", 0.2), step("c", 0.1))
    t2 = loop.time()
    print(f"concurrent: {t2 - t1:.1f}s", results)


asyncio.run(main())
