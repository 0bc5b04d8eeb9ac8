# asyncio.timeout: expiry cancels the task and converts to TimeoutError at the block's exit;
# nested timeouts; a block that finishes in time; reschedule (§13).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.timeout(0.2) as tm:
            print("inside", tm.expired())
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("timed out", repr(e), type(e.__cause__).__name__, tm.expired(), int((loop.time() - t0) * 10 + 0.001))
    print("cancelling", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.5) as tm:
        await asyncio.sleep(0.1)
    print("in time", tm.expired())
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout", int((loop.time() - t0) * 10 + 0.001))
            await asyncio.sleep(2)
    except TimeoutError:
        print("outer timeout", int((loop.time() - t0) * 10 + 0.001))
    try:
        async with asyncio.timeout(None) as tm:
            tm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout", int((loop.time() - t0) * 10 + 0.001))

asyncio.run(main())
