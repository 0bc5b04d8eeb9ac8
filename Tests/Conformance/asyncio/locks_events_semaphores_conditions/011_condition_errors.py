# rule: Condition.wait and notify without holding the lock raise RuntimeError; a Condition can share an existing Lock
import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("notify:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees the shared lock held:", shared.locked())
        shared.notify_all()
    print("released:", shared.locked())


asyncio.run(main())
