# gather: children start in argument order, results in argument order, first error wins,
# return_exceptions collects errors; the other children keep running (§8).
import asyncio

async def child(name, delay, fail=False):
    print(f"{name} start")
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    print(f"{name} end")
    return name.upper()

async def main():
    res = await asyncio.gather(child("a", 0.3), child("b", 0.1), child("c", 0.2))
    print(res)
    res = await asyncio.gather(child("d", 0.2), child("e", 0.1, fail=True), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(child("f", 0.1, fail=True), child("g", 0.3))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.5)
    print("main end")

asyncio.run(main())
