# rule: asyncio.run() inside a running loop raises RuntimeError; run_until_complete on a running loop raises too
import asyncio


async def inner():
    return "inner result"


async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("awaiting the coroutine normally:", await coro)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
