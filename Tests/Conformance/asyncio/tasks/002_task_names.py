# rule: Task-N numbering: one counter, asyncio.run's main is Task-1, create_task(name=) consumes a number, loop.create_task(name=) does not
import asyncio


async def nop():
    await asyncio.sleep(0)


async def main():
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(nop())
    b = asyncio.create_task(nop(), name="custom")
    c = asyncio.create_task(nop())
    loop = asyncio.get_running_loop()
    d = loop.create_task(nop(), name="via-loop")
    e = asyncio.create_task(nop())
    f = asyncio.create_task(nop(), name=42)
    for t in (a, b, c, d, e, f):
        print(repr(t.get_name()))
    a.set_name("renamed")
    print("after set_name:", a.get_name())
    await asyncio.gather(a, b, c, d, e, f)
    g = asyncio.ensure_future(nop())
    print("ensure_future:", g.get_name())
    await g


asyncio.run(main())
