# rule: cancel(msg) delivers CancelledError(msg) into the coroutine; the first result() re-raises it with the message, later ones without
import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), "args:", e.args)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("deadline reached")
    try:
        await t
    except asyncio.CancelledError as e:
        print("first await:", repr(e))
    for attempt in ("second", "third"):
        try:
            t.result()
        except asyncio.CancelledError as e:
            print(f"{attempt} result():", repr(e))
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception():", repr(e))


asyncio.run(main())
