# rule: CancelledError derives from BaseException, so `except Exception` does not catch it
import asyncio


async def careless():
    try:
        await asyncio.sleep(1)
    except Exception as e:
        print("never reached", e)
    print("never reached either")


async def main():
    print("BaseException subclass:", issubclass(asyncio.CancelledError, BaseException))
    print("Exception subclass:", issubclass(asyncio.CancelledError, Exception))
    print("instance checks:", isinstance(asyncio.CancelledError(), BaseException),
          isinstance(asyncio.CancelledError(), Exception))
    t = asyncio.create_task(careless())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("not here")
    except BaseException as e:
        print("caught as BaseException:", type(e).__name__)


asyncio.run(main())
