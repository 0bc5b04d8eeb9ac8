# rule: while an __anext__/athrow/aclose awaitable drives an async generator, starting another fails with 'asynchronous generator is already running'; athrow/aclose on a closed generator do nothing
import asyncio


async def slow_source():
    try:
        for i in range(3):
            await asyncio.sleep(0.05)
            yield i
    except KeyError as e:
        print("source got", repr(e))
        yield "recovered"
    finally:
        print("source finally")


async def reader(agen):
    return await agen.__anext__()


async def main():
    agen = slow_source()
    t = asyncio.create_task(reader(agen))
    await asyncio.sleep(0.01)
    for make in (agen.__anext__, lambda: agen.athrow(KeyError("k")), agen.aclose):
        try:
            await make()
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("reader got", await t)
    print("athrow ->", await agen.athrow(KeyError("late")))
    await agen.aclose()
    print("closed")


async def gen():
    yield 1
    yield 2


async def closed_generators():
    g = gen()
    await g.__anext__()
    print(await g.aclose())
    try:
        print("second aclose", await g.aclose())
    except BaseException as e:
        print("second aclose raised", type(e).__name__)
    try:
        print(await g.athrow(ValueError("x")))
    except BaseException as e:
        print("athrow on closed raised", type(e).__name__)
    try:
        print(await g.__anext__())
    except BaseException as e:
        print("anext on closed raised", type(e).__name__)
    h = gen()
    try:
        await h.athrow(ValueError("unstarted"))
    except BaseException as e:
        print("athrow unstarted raised", type(e).__name__, e)
    try:
        print(await h.__anext__())
    except BaseException as e:
        print("anext after raised", type(e).__name__)


async def both():
    await main()
    await closed_generators()


asyncio.run(both())
