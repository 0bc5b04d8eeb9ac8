# rule: cleanup of a leftover task may await during shutdown; its time counts before asyncio.run returns
import asyncio
import time


async def uploader():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("flushing buffers...")
        await asyncio.sleep(0.2)
        print("flushed")
        raise


async def main():
    asyncio.create_task(uploader())
    await asyncio.sleep(0.1)


start = time.monotonic()
asyncio.run(main())
print(f"run() took {time.monotonic() - start:.1f}s")
