# rule: add_done_callback on an already-done future is scheduled with call_soon, never called directly
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(7)
    calls = []
    fut.add_done_callback(lambda f: calls.append(("lambda", f.result())))
    print("right after add_done_callback:", calls)
    loop.call_soon(calls.append, ("call_soon queued later", None))
    await asyncio.sleep(0)
    print("after one iteration:", calls)


asyncio.run(main())
