# rule: as_completed yields awaitables in completion order; each await returns that task's result
import asyncio


async def download(name, delay):
    await asyncio.sleep(delay)
    return name, delay


async def main():
    tasks = [asyncio.create_task(download(n, d)) for n, d in
             [("big.iso", 0.09), ("small.txt", 0.01), ("photo.jpg", 0.05)]]
    for i, fut in enumerate(asyncio.as_completed(tasks), 1):
        name, delay = await fut
        print(f"{i}. {name} ({int(delay * 1000)} ms)")


asyncio.run(main())
