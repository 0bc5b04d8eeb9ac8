# rule: call_later timers fire in deadline order regardless of creation order; callbacks get their arguments
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    fired = []

    def fire(name):
        fired.append((name, round(loop.time() - t0, 3) >= delays[name]))

    delays = {"c": 0.09, "a": 0.03, "d": 0.12, "b": 0.06}
    for name, delay in delays.items():
        loop.call_later(delay, fire, name)
    await asyncio.sleep(0.15)
    for name, at in fired:
        print(f"{name} fired, not early: {at}")


asyncio.run(main())
