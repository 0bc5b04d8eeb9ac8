# DESIGN §1's sample session: create_task runs coroutines concurrently.
import asyncio

async def worker(name, d):
    print(f"{name} start")
    await asyncio.sleep(d)
    print(f"{name} end")

async def main():
    t1 = asyncio.create_task(worker("worker_1", 1))
    t2 = asyncio.create_task(worker("worker_2", 2))
    print("before await")
    await t1
    await t2
    print("main end")

asyncio.run(main())
