# rule: loop.time() advances by the slept durations; progress printing with elapsed times
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for step, pause in enumerate([0.1, 0.2, 0.1], 1):
        await asyncio.sleep(pause)
        print(f"step {step} at t={loop.time() - start:.1f}s")
    print("total:", f"{loop.time() - start:.1f}")
    print("loop.time() is monotonic float:", isinstance(loop.time(), float))


asyncio.run(main())
