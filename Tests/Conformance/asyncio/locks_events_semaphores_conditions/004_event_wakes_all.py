# rule: Event.set() wakes every waiter in the order they started waiting; the setter continues first; wait() returns True
import asyncio


async def runner(name, start_gun):
    print(f"{name} on the line")
    ok = await start_gun.wait()
    print(f"{name} runs ({ok})")


async def main():
    start_gun = asyncio.Event()
    runners = [asyncio.create_task(runner(n, start_gun)) for n in ("ann", "ben", "cat")]
    await asyncio.sleep(0.01)
    print("is_set:", start_gun.is_set())
    start_gun.set()
    print("bang! (setter continues first)")
    await asyncio.gather(*runners)
    print("late waiter:", await start_gun.wait())


asyncio.run(main())
