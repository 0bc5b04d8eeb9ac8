# rule: async with asyncio.timeout(d) converts its own cancellation into TimeoutError when the block overruns
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.2):
        await asyncio.sleep(0.1)
    print(f"fast block finished at {loop.time() - start:.1f}")
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "cause:", type(e.__cause__).__name__)
    print(f"elapsed {loop.time() - start:.1f}")


asyncio.run(main())
