# rule: an async generator inside a cancelled or timed-out await sees CancelledError and finishes; one left by `return` inside async for is closed by the loop one iteration later; a finally may await
import asyncio


async def stream(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    except asyncio.CancelledError:
        print(name, "saw CancelledError")
        raise
    finally:
        print(name, "finally")


async def consume(name, n):
    total = 0
    async for x in stream(name, n):
        total += x
    return total


async def partial(name):
    async for x in stream(name, 10):
        if x == 1:
            return x


async def main():
    t = asyncio.create_task(consume("A", 100))
    await asyncio.sleep(0.035)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("A cancelled")
    print("B result", await consume("B", 3))
    print("C result", await partial("C"))
    await asyncio.sleep(0)
    print("after C")
    results = await asyncio.gather(*(consume(f"G{i}", i + 1) for i in range(3)))
    print("gather", results)
    agen = stream("D", 5)
    print("D first", await agen.__anext__())
    try:
        await asyncio.wait_for(agen.__anext__(), timeout=0.001)
    except asyncio.TimeoutError:
        print("D timed out")
    try:
        print("D next", await agen.__anext__())
    except StopAsyncIteration:
        print("D is finished")
    async def ag_with_await_in_finally():
        try:
            yield 1
            yield 2
        finally:
            await asyncio.sleep(0.01)
            print("E finally after await")
    e = ag_with_await_in_finally()
    print("E", await e.__anext__())
    del e
    await asyncio.sleep(0.02)
    print("main end")


asyncio.run(main())
