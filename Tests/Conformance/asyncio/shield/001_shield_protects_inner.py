# rule: cancelling a task that awaits shield(inner) cancels only the outer future; the inner task keeps running to completion
import asyncio


async def save_to_disk(loop, start):
    await asyncio.sleep(0.1)
    print(f"saved at {loop.time() - start:.1f}")
    return "saved"


async def request_handler(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("handler cancelled, save continues")
        raise


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    inner = asyncio.create_task(save_to_disk(loop, start))
    handler = asyncio.create_task(request_handler(inner))
    await asyncio.sleep(0.05)
    handler.cancel()
    await asyncio.gather(handler, return_exceptions=True)
    print("handler cancelled:", handler.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
