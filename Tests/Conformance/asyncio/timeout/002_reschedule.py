# rule: Timeout.reschedule moves the deadline; timeout(None) has no deadline until rescheduled; when() and expired() report state
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when(), "expired:", cm.expired())
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.1)
            print("rescheduled, deadline set:", cm.when() is not None)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"expired at {loop.time() - start:.1f}; expired(): {cm.expired()}")
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.2)
    print("extended deadline let the block finish; expired():", cm.expired())


asyncio.run(main())
