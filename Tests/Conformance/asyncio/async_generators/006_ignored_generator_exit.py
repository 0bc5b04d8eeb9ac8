# rule: an async generator that yields in its finally while being closed raises "async generator ignored GeneratorExit": from aclose() directly, or logged as an unretrieved exception of the loop's closing task; a generator already closed is not handed to the loop again
import asyncio


async def stubborn(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "finally")
        yield "again"


async def marker():
    await asyncio.sleep(0)


async def main():
    async for x in stubborn("dropped"):
        print("got", x)
        break
    await asyncio.sleep(0.01)
    g = stubborn("explicit")
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("aclose:", e)
    del g
    t = asyncio.create_task(marker())
    print("next task is", t.get_name())
    await t
    print("main end")


asyncio.run(main())
