# rule: remove_done_callback removes every registration of the callback and returns the count; 0 once the future is done
import asyncio

log = []


def on_done(fut):
    log.append(("on_done", fut.result()))


def other(fut):
    log.append(("other", fut.result()))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(other)
    fut.add_done_callback(on_done)
    print("removed on_done:", fut.remove_done_callback(on_done))
    print("removed again:", fut.remove_done_callback(on_done))
    fut.set_result("x")
    print("after done:", fut.remove_done_callback(other))
    await asyncio.sleep(0)
    print(log)


asyncio.run(main())
