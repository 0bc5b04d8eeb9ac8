# rule: Future and Task reprs show results through reprlib: nesting beyond 6 levels, sets, frozensets, user objects, bytes and unicode strings are abbreviated by type
import asyncio


class Report:
    def __init__(self, title):
        self.title = title

    def __repr__(self):
        return f"Report(title={self.title!r}, pages=120, status='final')"


def nest(depth):
    value = "core"
    for _ in range(depth):
        value = [value]
    return value


async def compute(value):
    await asyncio.sleep(0)
    return value


async def main():
    loop = asyncio.get_running_loop()
    values = [
        nest(5),
        nest(8),
        set(range(10)),
        frozenset({3, 1, 2}),
        frozenset(),
        set(),
        Report("quarterly numbers"),
        "é" * 40,
        "line\n" * 10,
        b"bytes" * 10,
        {"b": 2, "a": 1, "d": [1, 2, 3, 4, 5, 6, 7], "c": 3, "e": 5},
        {1: "x", "y": 2},
        (1,),
        (),
        -10 ** 50,
        True,
        2.5e300,
    ]
    for value in values:
        f = loop.create_future()
        f.set_result(value)
        print(f)
    task = asyncio.create_task(compute("result " * 12))
    await task
    print(task)
    task = asyncio.create_task(compute(list(range(100))), name="numbers")
    await task
    print(task)


asyncio.run(main())
