# TaskGroup: a failing child cancels its sibling and the parent; the body's await is
# interrupted; errors come out as an ExceptionGroup; the 3.11 cancelling() quirk (§14).
import asyncio

async def ok(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} ok")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def bad(d):
    await asyncio.sleep(d)
    print("bad raises")
    raise ValueError("bad")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok("x", 0.1))
            tg.create_task(bad(0.2))
            tg.create_task(ok("y", 1))
            print("body waits")
            await asyncio.sleep(0.5)
            print("body not reached")
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    print("x result", t1.result(), asyncio.current_task().cancelling())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(0.1))
            print("body done")
    except* ValueError as eg:
        print("caught2", str(eg))
    print("quirk cancelling", asyncio.current_task().cancelling())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(ok("p", 0.2), name="pp")
        b = tg.create_task(ok("q", 0.1))
    print("names", a.get_name(), b.get_name(), a.result(), b.result())

asyncio.run(main())
