# rule: a future's exception is re-raised to every awaiter, and exception() returns the same object
import asyncio


async def consumer(name, fut):
    try:
        await fut
    except ConnectionError as e:
        print(f"{name}: {type(e).__name__}: {e}")
        return e


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(consumer(n, fut)) for n in "xyz"]
    await asyncio.sleep(0.01)
    fut.set_exception(ConnectionError("upstream closed"))
    errors = await asyncio.gather(*tasks)
    print("same object everywhere:", all(e is fut.exception() for e in errors))


asyncio.run(main())
