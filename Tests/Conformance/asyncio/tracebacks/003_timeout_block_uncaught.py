# rule: an uncaught asyncio.timeout expiry shows the CancelledError, then TimeoutError raised from timeouts.py __aexit__
import asyncio


async def main():
    async with asyncio.timeout(0.05):
        await asyncio.sleep(1)


asyncio.run(main())
