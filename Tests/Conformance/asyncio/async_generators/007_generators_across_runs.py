# rule: asyncio.run's shutdown closes the async generators its loop saw, also one a cancelled leftover task was iterating; a later run finds them exhausted
import asyncio

shared = []


async def counter(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
            await asyncio.sleep(0)
    finally:
        print(name, "closed")


async def leftover(agen):
    try:
        async for x in agen:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("leftover cancelled")
        raise


async def first():
    g = counter("first-run")
    shared.append(g)
    print("first:", await g.__anext__(), await g.__anext__())
    asyncio.create_task(leftover(counter("in-leftover")))
    await asyncio.sleep(0.005)


async def second():
    g = shared[0]
    try:
        print("second:", await g.__anext__())
    except StopAsyncIteration:
        print("second: the generator was closed by the first run")


asyncio.run(first())
print("between runs")
asyncio.run(second())
print("end")
