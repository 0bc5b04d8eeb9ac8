# rule: task done/result/exception: pending result raises InvalidStateError, failed task re-raises, exception() returns it
import asyncio


async def ok():
    await asyncio.sleep(0.01)
    return {"status": "ok"}


async def bad():
    await asyncio.sleep(0.02)
    raise KeyError("missing")


async def main():
    t_ok = asyncio.create_task(ok())
    t_bad = asyncio.create_task(bad())
    try:
        t_ok.result()
    except asyncio.InvalidStateError as e:
        print("result while pending:", repr(e))
    try:
        t_ok.exception()
    except asyncio.InvalidStateError as e:
        print("exception while pending:", repr(e))
    await asyncio.sleep(0.03)
    print("ok:", t_ok.done(), t_ok.result(), t_ok.exception())
    print("bad:", t_bad.done(), repr(t_bad.exception()))
    try:
        t_bad.result()
    except KeyError as e:
        print("result() re-raised KeyError", e)
    try:
        await t_bad
    except KeyError as e:
        print("await re-raised KeyError", e)


asyncio.run(main())
