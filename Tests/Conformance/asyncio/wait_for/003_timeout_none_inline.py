# rule: wait_for(coro, None) awaits the coroutine inline in the caller's task without creating a task
import asyncio


async def where():
    await asyncio.sleep(0.01)
    return asyncio.current_task().get_name()


async def main():
    print("timeout=None runs in:", await asyncio.wait_for(where(), None))
    print("timeout=1 runs in:", await asyncio.wait_for(where(), 1))
    print("next new task gets:", await asyncio.create_task(where()))


asyncio.run(main())
