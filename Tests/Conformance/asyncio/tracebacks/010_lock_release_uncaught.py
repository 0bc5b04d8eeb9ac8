# rule: releasing an unlocked Lock uncaught shows locks.py's release frame and RuntimeError: Lock is not acquired.
import asyncio


async def main():
    lock = asyncio.Lock()
    async with lock:
        print("working")
    lock.release()


asyncio.run(main())
