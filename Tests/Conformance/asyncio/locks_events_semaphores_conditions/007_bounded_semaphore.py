# rule: BoundedSemaphore.release() above the initial value raises ValueError; a plain Semaphore may grow
import asyncio


async def main():
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        print("inside; locked:", bs.locked())
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(1)
    s.release()
    await s.acquire()
    await s.acquire()
    print("plain semaphore grew to 2 slots; locked:", s.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
