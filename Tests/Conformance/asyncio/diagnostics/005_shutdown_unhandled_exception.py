# rule: a leftover task that raises a non-cancellation error while being cancelled at shutdown is logged as 'unhandled exception during asyncio.run() shutdown'
import asyncio


async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")


async def main():
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("run returned normally")
