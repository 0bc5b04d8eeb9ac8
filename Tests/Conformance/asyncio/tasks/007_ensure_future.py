# rule: ensure_future wraps a coroutine in a new Task but returns futures and tasks unchanged
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(compute(3))
    print("future unchanged:", asyncio.ensure_future(fut) is fut)
    print("task unchanged:", asyncio.ensure_future(t) is t)
    w = asyncio.ensure_future(compute(4))
    print("coroutine wrapped in Task:", isinstance(w, asyncio.Task), w.get_name())
    fut.set_result(-1)
    print(await fut, await t, await w)
    print("are futures:", isinstance(fut, asyncio.Future), isinstance(t, asyncio.Future), isinstance(w, asyncio.Task))


asyncio.run(main())
