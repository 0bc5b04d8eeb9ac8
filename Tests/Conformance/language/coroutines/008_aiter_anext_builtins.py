# rule: aiter() and anext() (with and without a default) drive async iterators; bad arguments raise CPython's TypeErrors
import asyncio


async def countdown(n):
    while n:
        yield n
        n -= 1


class Pages:
    def __init__(self, pages):
        self.pages = list(pages)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.pages:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        return self.pages.pop(0)


class NotAnIterator:
    def __aiter__(self):
        return 42


async def main():
    it = aiter(countdown(3))
    print(await anext(it), await anext(it), await anext(it), await anext(it, "empty"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    pages = Pages(["intro", "body"])
    print(aiter(pages) is pages, await anext(pages), await anext(pages, None), await anext(pages, None))
    aw = anext(Pages([]), "fallback")
    print(type(aw).__name__, await aw)
    for bad in (lambda: aiter([1, 2]), lambda: anext([1, 2]), lambda: aiter(NotAnIterator()), lambda: anext(it, 1, 2)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
    try:
        await anext(countdown(1), object()) and await anext(Pages([]))
    except StopAsyncIteration:
        print("no default: StopAsyncIteration")


asyncio.run(main())
