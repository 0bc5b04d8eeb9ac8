# rule: an uncaught wait_for timeout shows the chained CancelledError from sleep and wait_for's own frames
import asyncio


async def slow_service():
    await asyncio.sleep(1)


async def main():
    print("calling the slow service")
    await asyncio.wait_for(slow_service(), timeout=0.05)


asyncio.run(main())
