# rule: a Future's result= uses reprlib limits: long strings, lists, dicts and big ints are abbreviated
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    for value in ("x" * 40, "short", list(range(10)), {i: i for i in range(6)}, 10 ** 45, (1, [2, [3, [4]]]),
                  None, 3.5):
        f = loop.create_future()
        f.set_result(value)
        print(f)


asyncio.run(main())
