# rule: future state errors: result/exception while pending, setting a done future twice, and the messages
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done:", fut.done(), "cancelled:", fut.cancelled())
    for method in (fut.result, fut.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print(method.__name__, "->", type(e).__name__, e)
    fut.set_result(1)
    for action in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            action()
        except asyncio.InvalidStateError as e:
            print("set twice ->", repr(e))
    print("cancel a done future:", fut.cancel())
    print("exception() of success:", fut.exception())
    print("is InvalidStateError an Exception?", issubclass(asyncio.InvalidStateError, Exception))


asyncio.run(main())
