# rule: gather(return_exceptions=True) puts exception objects in the result list instead of raising
import asyncio


async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)


async def lookup(d, key):
    await asyncio.sleep(0.02)
    return d[key]


async def main():
    results = await asyncio.gather(parse("12"), parse("x1"), lookup({"a": 1}, "b"), lookup({"a": 1}, "a"),
                                   return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    ok = [r for r in results if not isinstance(r, Exception)]
    print("successful:", ok)


asyncio.run(main())
