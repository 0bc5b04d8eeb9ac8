# rule: Future done callbacks run in registration order via the loop; exceptions and cancellation reach callbacks
import asyncio


def report(label, fut):
    if fut.cancelled():
        print(f"{label}: cancelled")
    elif fut.exception() is not None:
        print(f"{label}: failed with {fut.exception()!r}")
    else:
        print(f"{label}: result {fut.result()!r}")


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.add_done_callback(lambda f: report("first", f))
    f1.add_done_callback(lambda f: report("second", f))
    f1.set_result({"rows": 3})
    print("set_result returned; callbacks not yet run")
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: report("f2", f))
    f2.set_exception(KeyError("row 7"))
    try:
        await f2
    except KeyError as e:
        print("awaiting f2 raised KeyError", e)
    f3 = loop.create_future()
    cb = lambda f: report("removed", f)
    f3.add_done_callback(cb)
    print("removed count:", f3.remove_done_callback(cb))
    f3.add_done_callback(lambda f: report("f3", f))
    f3.cancel()
    await asyncio.sleep(0)
    try:
        f1.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    t = asyncio.create_task(asyncio.sleep(0.01, result="slept"))
    t.add_done_callback(lambda f: report("task", f))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
