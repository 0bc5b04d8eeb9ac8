# rule: a blocking call delays every timer that falls due meanwhile; they fire late, right after the blocking step
import asyncio
import time


async def alarm(name, delay, loop, start):
    await asyncio.sleep(delay)
    print(f"{name} alarm (set for {delay}) rang at {loop.time() - start:.1f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    alarms = [asyncio.create_task(alarm(n, d, loop, start)) for n, d in [("early", 0.1), ("late", 0.6)]]
    await asyncio.sleep(0)
    print("blocking for 0.4s")
    time.sleep(0.4)
    print(f"unblocked at {loop.time() - start:.1f}")
    await asyncio.gather(*alarms)


asyncio.run(main())
