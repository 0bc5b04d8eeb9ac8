# rule: a coroutine whose awaitable yields something other than a Future gets RuntimeError thrown back in at its next step
import asyncio


class YieldsNumber:
    def __await__(self):
        value = yield 42
        return value


class YieldsGenerator:
    def __await__(self):
        def inner():
            yield
        result = yield inner()
        return result


async def main():
    for awaitable in (YieldsNumber(), YieldsGenerator()):
        try:
            await awaitable
        except RuntimeError as e:
            text = str(e)
            print(type(e).__name__ + ":", text.split(" <")[0] if " <" in text else text)
    print("task still usable:", await asyncio.sleep(0, "yes"))


asyncio.run(main())
