# rule: exceptions other than the timeout's cancellation leave an asyncio.timeout block unchanged; an outside cancel is not converted
import asyncio


async def guarded(fail):
    async with asyncio.timeout(1):
        await asyncio.sleep(0.01)
        if fail:
            raise LookupError("no such user")
        await asyncio.sleep(1)


async def main():
    try:
        await guarded(True)
    except LookupError as e:
        print("LookupError passed through:", e)
    t = asyncio.create_task(guarded(False))
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outside cancel stays CancelledError")
    except TimeoutError:
        print("wrongly converted")


asyncio.run(main())
