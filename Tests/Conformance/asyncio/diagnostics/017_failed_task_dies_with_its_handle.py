# rule: a failed task that only a ready-queue handle still holds dies when _run_once drops that handle — at the next handle's popleft, or at the pass's final "handle = None" — and so do the locals its exception's traceback keeps: a coroutine left in them warns "never awaited" at that base_events.py line
import asyncio


async def helper():
    pass


async def fails(n):
    pending = helper()
    raise ValueError(n)


async def quiet():
    pass


async def another_helper():
    pass


async def waited():
    pending = another_helper()
    await asyncio.sleep(0.01)
    raise KeyError("waited")


async def main():
    asyncio.create_task(fails(1))
    await asyncio.sleep(0.01)
    print("alone in its pass: dropped at the end of the pass")
    asyncio.create_task(fails(2))
    asyncio.create_task(quiet())
    await asyncio.sleep(0.01)
    print("followed by another handle: dropped at the next popleft")
    t = asyncio.create_task(waited())
    try:
        await t
    except KeyError as e:
        print("caught", repr(e))
    del t
    print("the wake-up handle still holds the task")
    await asyncio.sleep(0.01)
    print("main end")


asyncio.run(main())
