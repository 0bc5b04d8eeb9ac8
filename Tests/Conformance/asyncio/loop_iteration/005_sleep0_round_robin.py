# rule: tasks that yield with sleep(0) take turns in creation order, one step per iteration each
import asyncio


async def counter(name, n):
    for i in range(n):
        print(f"{name}: {i}")
        await asyncio.sleep(0)
    print(f"{name}: finished")
    return name


async def main():
    tasks = [asyncio.create_task(counter(name, n)) for name, n in
             [("alpha", 3), ("beta", 1), ("gamma", 2)]]
    print("tasks created, nothing ran yet")
    results = []
    for t in tasks:
        results.append(await t)
    print("results:", results)


asyncio.run(main())
