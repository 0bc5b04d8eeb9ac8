# rule: releasing an unlocked Lock raises RuntimeError('Lock is not acquired.'); acquire returns True; locked() reports the state
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("acquire:", await lock.acquire(), "locked:", lock.locked())
    lock.release()
    print("locked after release:", lock.locked())
    async with lock:
        print("inside async with:", lock.locked())
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
