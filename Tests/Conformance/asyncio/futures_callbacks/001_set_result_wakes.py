# rule: set_result completes a future; awaiting tasks resume one iteration later, in the order they registered
import asyncio


async def waiter(name, fut):
    print(f"{name} waiting")
    value = await fut
    print(f"{name} got {value!r}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("first", "second")]
    await asyncio.sleep(0.01)
    print("setting result; done before:", fut.done())
    fut.set_result("payload")
    print("done after:", fut.done(), "- waiters have not run yet")
    await asyncio.gather(*tasks)
    print("result:", fut.result())


asyncio.run(main())
