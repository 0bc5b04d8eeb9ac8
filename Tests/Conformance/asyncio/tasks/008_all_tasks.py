# rule: all_tasks() returns the set of not-done tasks of the running loop, including the current one
import asyncio


async def worker(delay):
    await asyncio.sleep(delay)


async def main():
    print("alone:", sorted(t.get_name() for t in asyncio.all_tasks()))
    tasks = [asyncio.create_task(worker(d), name=f"w{d}") for d in (0.01, 0.02, 0.03)]
    print("with workers:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(0.015)
    print("after 15ms:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print("after gather:", len(asyncio.all_tasks()))
    print("current in all:", asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
