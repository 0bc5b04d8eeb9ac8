# rule: asyncio.sleep(delay, result) returns result after the delay; sleep(0) returns result after one iteration
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.sleep(0.05, result="fifty ms"))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.02))
    print(await asyncio.sleep(delay=0.03, result=[1, 2]))
    print(f"elapsed {loop.time() - start:.1f}")


asyncio.run(main())
