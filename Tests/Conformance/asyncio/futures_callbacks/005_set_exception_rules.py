# rule: set_exception instantiates a class, rejects StopIteration, and tasks refuse set_result/set_exception
import asyncio


async def work():
    await asyncio.sleep(0.01)


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.set_exception(ValueError)
    print("class instantiated:", repr(f1.exception()))
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    print("f2 still pending:", not f2.done())
    f2.cancel()
    t = asyncio.create_task(work())
    for action in (lambda: t.set_result(1), lambda: t.set_exception(ValueError())):
        try:
            action()
        except RuntimeError as e:
            print("RuntimeError:", e)
    await t
    f3 = loop.create_future()
    f3.set_exception(RuntimeError("disk full"))
    try:
        await f3
    except RuntimeError as e:
        print("awaiting raises:", e)


asyncio.run(main())
