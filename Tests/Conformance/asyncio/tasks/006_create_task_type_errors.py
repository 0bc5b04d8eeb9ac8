# rule: create_task/ensure_future reject non-coroutines with TypeError; awaiting non-awaitables fails
import asyncio


def plain():
    return 1


async def coro_fn():
    return 2


async def main():
    for arg in (plain, 42, coro_fn):
        try:
            asyncio.create_task(arg)
        except TypeError as e:
            print("create_task:", e if "function" not in str(e) else str(e).split(" at ")[0])
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("ensure_future:", e)
    try:
        await 5
    except TypeError as e:
        print("await 5:", e)
    try:
        await coro_fn
    except TypeError as e:
        print("await coro_fn:", e)
    print("asyncio.iscoroutinefunction:", asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    c = coro_fn()
    print("asyncio.iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(42))
    print("awaited:", await c)


asyncio.run(main())
