# rule: gather() with no arguments returns []; the same awaitable passed twice is wrapped once and its result repeated
import asyncio

runs = 0


async def count():
    global runs
    runs += 1
    await asyncio.sleep(0.01)
    return runs


async def main():
    print("empty:", await asyncio.gather())
    c = count()
    print("same coroutine twice:", await asyncio.gather(c, c), "runs:", runs)
    t = asyncio.create_task(count())
    print("same task three times:", await asyncio.gather(t, t, t), "runs:", runs)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "f")
    print("future and coroutine:", await asyncio.gather(f, count(), f))


asyncio.run(main())
