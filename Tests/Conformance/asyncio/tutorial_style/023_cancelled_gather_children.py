# rule: cancelling a gather cancels every unfinished child; shield protects one operation
import asyncio

log = []


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    group = asyncio.gather(step("a", 0.02), step("b", 0.2), step("c", 0.3))
    await asyncio.sleep(0.05)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("gather cancelled")
    print(log)

    log.clear()
    saved = asyncio.create_task(step("save", 0.08))
    async def handler():
        return await asyncio.shield(saved)
    h = asyncio.create_task(handler())
    await asyncio.sleep(0.02)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler cancelled, save still running:", not saved.done())
    print("save result:", await saved)
    print(log)


asyncio.run(main())
