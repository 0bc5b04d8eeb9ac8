# rule: on timeout wait_for cancels the inner task and waits until it has finished, including slow cleanup
import asyncio


async def transfer(loop, start):
    try:
        await asyncio.sleep(1)
    finally:
        print(f"rolling back at {loop.time() - start:.1f}")
        await asyncio.sleep(0.2)
        print(f"rolled back at {loop.time() - start:.1f}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(transfer(loop, start), 0.1)
    except TimeoutError:
        print(f"TimeoutError raised at {loop.time() - start:.1f}")


asyncio.run(main())
