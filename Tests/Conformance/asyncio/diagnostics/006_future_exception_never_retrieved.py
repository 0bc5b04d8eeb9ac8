# rule: a plain Future whose exception was set but never retrieved logs 'Future exception was never retrieved' when it is dropped
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(OSError("disk unplugged"))
    print("dropping the future")
    del fut
    print("after del")
    fut2 = loop.create_future()
    fut2.set_exception(OSError("retrieved"))
    print("retrieved:", repr(fut2.exception()))
    del fut2
    print("no log for the retrieved one")


asyncio.run(main())
