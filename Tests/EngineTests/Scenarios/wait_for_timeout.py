# wait_for: success path, timeout cancels the inner task and waits for it, then raises
# TimeoutError; an inner task that swallows the cancellation returns its value (§12).
import asyncio

async def slow(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
        await asyncio.sleep(0.1)
        return "kept"

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(slow("a", 0.1), 0.5))
    try:
        await asyncio.wait_for(slow("b", 1), 0.2)
    except TimeoutError as e:
        print("timeout", repr(e), int((loop.time() - t0) * 10 + 0.001))
    print(await asyncio.wait_for(stubborn(), 0.3), int((loop.time() - t0) * 10 + 0.001))

asyncio.run(main())
