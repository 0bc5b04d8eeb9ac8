# rule: Event.clear() resets the flag so later waiters block again until the next set()
import asyncio


async def traffic(light, loop, start):
    for car in range(3):
        await light.wait()
        print(f"car {car} passes at {loop.time() - start:.1f}")
        await asyncio.sleep(0.05)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    light = asyncio.Event()
    light.set()
    t = asyncio.create_task(traffic(light, loop, start))
    await asyncio.sleep(0.02)
    light.clear()
    print("red light; is_set:", light.is_set())
    await asyncio.sleep(0.2)
    light.set()
    print("green light")
    await t


asyncio.run(main())
