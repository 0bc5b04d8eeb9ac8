# rule: asyncio.run inside a running loop raises RuntimeError and the inner coroutine is reported as never awaited
import asyncio


async def helper():
    await asyncio.sleep(0.01)
    return "helped"


def sync_wrapper():
    return asyncio.run(helper())


async def main():
    print("direct await:", await helper())
    try:
        sync_wrapper()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("iscoroutinefunction:", asyncio.iscoroutinefunction(helper), asyncio.iscoroutinefunction(sync_wrapper))
    coro = helper()
    print("iscoroutine:", asyncio.iscoroutine(coro), asyncio.iscoroutine(helper))
    print(await coro)


print(sync_wrapper())
asyncio.run(main())
