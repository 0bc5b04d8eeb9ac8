# rule: a coroutine forgotten in an awaited inner coroutine dies when that coroutine returns (at the awaiting line); one made in a done callback dies in the callback; gather wraps its coroutines in tasks even when a later argument is rejected
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n


async def inner():
    forgotten = step(99)
    return await step(1)


async def outer():
    value = await inner()
    print("inner gave", value)
    return value


def on_done(task):
    print("done callback for", task.get_name())
    step(5)


async def main():
    t = asyncio.create_task(outer(), name="outer")
    t.add_done_callback(on_done)
    await t
    try:
        await asyncio.gather(step(2), 5)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0.05)
    coros = [step(i) for i in range(2)]
    print(await coros[0])
    print("end of main")


asyncio.run(main())
print("after run")
