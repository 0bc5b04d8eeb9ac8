# rule: asyncio.timeout around an async for over a slow generator stops it; the generator's finally runs on cleanup
import asyncio


async def ticks(prefix):
    n = 0
    try:
        while True:
            await asyncio.sleep(0.03)
            n += 1
            yield f"{prefix}{n}"
    finally:
        print(f"ticks({prefix}) finalised after {n}")


async def main():
    seen = []
    try:
        async with asyncio.timeout(0.1):
            async for t in ticks("a"):
                seen.append(t)
    except TimeoutError:
        print("timed out after", seen)
    gen = ticks("b")
    try:
        async with asyncio.timeout(0.05):
            async for t in gen:
                print("got", t)
    except TimeoutError:
        print("second timeout")
    await gen.aclose()
    print("done")


asyncio.run(main())
