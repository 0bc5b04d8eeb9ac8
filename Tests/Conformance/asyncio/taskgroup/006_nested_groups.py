# rule: nested TaskGroups: an inner failure propagates as a nested ExceptionGroup and cancels the outer siblings
import asyncio


async def step(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise OSError(f"{name} failed")
    print(f"{name} done")


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("inner-ok", 0.01))
        tg.create_task(step("inner-bad", 0.03, fail=True))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
            tg.create_task(step("outer-slow", 1))
    except ExceptionGroup as eg:
        print(str(eg))
        inner = eg.exceptions[0]
        print(type(inner).__name__, str(inner), [repr(e) for e in inner.exceptions])


asyncio.run(main())
