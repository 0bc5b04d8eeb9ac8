# rule: an ExceptionGroup escaping asyncio.run from a TaskGroup prints the boxed group traceback and exits 1
import asyncio


async def upload(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise OSError(f"upload of {name} failed: disk full")
    print(f"uploaded {name}")


async def notify(user):
    await asyncio.sleep(0.02)
    raise PermissionError(f"{user} has no mailbox")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(upload("a.txt", 0.01, False))
        tg.create_task(upload("b.bin", 0.03, True))
        tg.create_task(notify("root"))
        tg.create_task(upload("c.log", 0.2, False))
    print("not reached")


asyncio.run(main())
