# rule: nested timeouts: the inner one converts its own expiry; the outer still fires at its own deadline
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.3):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(1)
            except TimeoutError:
                print(f"inner timed out at {loop.time() - start:.1f}")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"outer timed out at {loop.time() - start:.1f}")
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.timeout(0.5):
                await asyncio.sleep(1)
    except TimeoutError:
        print(f"outer fired first at {loop.time() - start:.1f}")


asyncio.run(main())
