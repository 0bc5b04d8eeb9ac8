# rule: call_soon/call_later pass positional args; keyword args need functools.partial; done callbacks receive the future
import asyncio
import functools


def report(prefix, value, *, unit="ms"):
    print(f"{prefix}: {value}{unit}")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(report, "soon", 5)
    loop.call_soon(functools.partial(report, "partial", 7, unit="s"))
    loop.call_later(0.01, functools.partial(report, unit="us"), "later", 9)
    try:
        loop.call_soon(report, "bad", 1, unit="x")
    except TypeError as e:
        print("TypeError:", e)
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(lambda tag, f: print(tag, f.result()), "done-cb"))
    fut.set_result(42)
    await asyncio.sleep(0.02)


asyncio.run(main())
