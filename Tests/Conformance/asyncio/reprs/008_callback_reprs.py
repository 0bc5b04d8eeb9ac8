# rule: Handle and Future callback reprs name the callable by __qualname__ and show arguments through reprlib; functools.partial shows its own arguments, then the call's: report(1, sep='-')(3)
import asyncio
import functools


def report(*values, sep=" "):
    print("report:", len(values))


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(report, "x" * 50, list(range(20)), {"k": "v" * 40})
    print(h)
    h2 = loop.call_soon(report, 10 ** 50, (1, 2, 3, 4, 5, 6, 7, 8))
    print(h2)
    h2.cancel()
    print(h2)
    print(loop.call_soon(print, "done"))
    print(loop.call_soon(functools.partial(functools.partial(report, 1, sep="-"), 2), 3))
    m = [].append
    print(loop.call_soon(m, 1))
    print(loop.call_soon(lambda: None))
    h3 = loop.call_soon(functools.partial(report, "é" * 35, b"ab" * 30))
    print(h3)
    f = loop.create_future()
    f.add_done_callback(functools.partial(report, "y" * 45))
    print(f)
    f.set_result({"a": [1, 2, 3, 4, 5, 6, 7], "b": "z" * 50})
    print(f)
    await asyncio.sleep(0)


asyncio.run(main())
