# rule: asyncio.run() inside a running loop raises before touching its argument; uncaught, the traceback shows runners.py and the coroutine is reported at exit
import asyncio


async def child():
    return "child"


async def main():
    print("main starts")
    asyncio.run(child())


asyncio.run(main())
