# rule: TaskGroup.create_task while the group is aborting raises RuntimeError '... is shutting down'
import asyncio


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def stubborn(tg):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        coro = asyncio.sleep(0)
        try:
            tg.create_task(coro)
        except RuntimeError as e:
            print("RuntimeError:", e)
            coro.close()
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn(tg))
            tg.create_task(failer())
    except* ValueError as eg:
        print("group failed with", [str(e) for e in eg.exceptions])


asyncio.run(main())
