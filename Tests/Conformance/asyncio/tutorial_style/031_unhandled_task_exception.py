# rule: an exception in a fire-and-forget task is logged when the task is dropped; main's own error ends the run
import asyncio


async def background_sync(n):
    await asyncio.sleep(0.01)
    raise ConnectionResetError(f"sync {n} lost connection")


async def validate(items):
    await asyncio.sleep(0.02)
    bad = [i for i in items if i < 0]
    if bad:
        raise ValueError(f"negative items: {bad}")
    return sum(items)


async def main():
    task = asyncio.create_task(background_sync(1))
    await asyncio.sleep(0.03)
    print("background task done:", task.done())
    del task
    print("total:", await validate([1, 2, 3]))
    await validate([4, -5, 6, -7])


asyncio.run(main())
