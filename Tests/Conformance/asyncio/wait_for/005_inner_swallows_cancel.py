# rule: if the inner coroutine swallows the timeout's cancellation and returns, wait_for returns that value instead of raising
import asyncio


async def stubborn(loop, start):
    try:
        await asyncio.sleep(1)
        return "normal"
    except asyncio.CancelledError:
        print(f"ignoring cancellation at {loop.time() - start:.1f}")
        await asyncio.sleep(0.1)
        return "partial result"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await asyncio.wait_for(stubborn(loop, start), timeout=0.1)
    print("wait_for returned", repr(result), f"at {loop.time() - start:.1f}")


asyncio.run(main())
