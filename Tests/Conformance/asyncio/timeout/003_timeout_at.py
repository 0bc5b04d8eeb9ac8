# rule: timeout_at takes an absolute loop time; a deadline already in the past fires at the next iteration
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    deadline = loop.time() + 0.2
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(0.1)
            print(f"first step done at {loop.time() - start:.1f}")
            await asyncio.sleep(0.5)
    except TimeoutError:
        print(f"deadline hit at {loop.time() - start:.1f}")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline -> TimeoutError at the first await")


asyncio.run(main())
