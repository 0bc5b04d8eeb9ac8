# rule: async with TaskGroup waits for every child; results are read from the tasks afterwards
import asyncio


async def fetch_user(uid, delay):
    await asyncio.sleep(delay)
    return {"id": uid, "name": f"user{uid}"}


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_user(i, d)) for i, d in [(1, 0.1), (2, 0.3), (3, 0.2)]]
        print("inside the block, all pending:", not any(t.done() for t in tasks))
    print("after the block, all done:", all(t.done() for t in tasks))
    print([t.result()["name"] for t in tasks])
    print(f"took {loop.time() - start:.1f}s")


asyncio.run(main())
