# rule: wait_for with timeout <= 0: a done future returns its result; a coroutine is wrapped, cancelled before it starts, TimeoutError
import asyncio


async def body():
    print("body ran")
    return "body"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("already done")
    print(await asyncio.wait_for(f, 0))
    try:
        await asyncio.wait_for(body(), 0)
    except TimeoutError as e:
        print("TimeoutError; cause:", repr(e.__cause__))
    try:
        await asyncio.wait_for(body(), -5)
    except TimeoutError:
        print("negative timeout too")


asyncio.run(main())
