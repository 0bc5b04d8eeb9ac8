# rule: as_completed accepts plain futures resolved by timer callbacks and yields them in resolution order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(4)]
    for i, (f, d) in enumerate(zip(futs, (0.04, 0.02, 0.06, 0.01))):
        loop.call_later(d, f.set_result, f"future {i}")
    print([await f for f in asyncio.as_completed(futs)])


asyncio.run(main())
