# rule: asend/athrow/aclose drive an async generator step by step: athrow can be caught and answered with a yield, aclose runs finally, a closed generator stops iterating
import asyncio


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
            except ValueError as e:
                print("generator caught:", e)
                value = 0
                total = -1
                continue
            await asyncio.sleep(0.01)
            total += value
    finally:
        print("accumulator finally, total", total)


async def main():
    acc = accumulator()
    print("first:", await acc.asend(None))
    print("after 5:", await acc.asend(5))
    print("after 7:", await acc.asend(7))
    print("athrow ->", await acc.athrow(ValueError("bad reading")))
    print("after 3:", await acc.asend(3))
    print("aclose ->", await acc.aclose())
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    fresh = accumulator()
    print("aclose unstarted ->", await fresh.aclose())
    other = accumulator()
    await other.asend(None)
    try:
        await other.athrow(KeyError("missing"))
    except KeyError as e:
        print("athrow propagated KeyError", e)
    print("other finished:", other.ag_frame is None)


asyncio.run(main())
