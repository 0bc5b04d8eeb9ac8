# rule: a failed task raises its exception when its as_completed awaitable is awaited, in completion order
import asyncio


async def task(n, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"task {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(task(n, d, f)) for n, d, f in
             [(1, 0.03, False), (2, 0.01, True), (3, 0.05, False)]]
    for fut in asyncio.as_completed(tasks):
        try:
            print("result", await fut)
        except ValueError as e:
            print("error", e)


asyncio.run(main())
