# rule: tasks sleeping different durations finish in duration order, not creation order
import asyncio


async def runner(name, seconds):
    print(f"{name} starts ({seconds}s)")
    await asyncio.sleep(seconds)
    print(f"{name} finishes")


async def main():
    await asyncio.gather(*(runner(n, s) for n, s in
                           [("tortoise", 0.09), ("hare", 0.01), ("fox", 0.05), ("owl", 0.03)]))


asyncio.run(main())
