# rule: a CPU-style loop that awaits sleep(0) between chunks lets other tasks interleave one step at a time
import asyncio


async def crunch(name, chunks):
    total = 0
    for i in range(chunks):
        total += sum(range(i * 10, i * 10 + 10))
        print(f"{name} chunk {i}")
        await asyncio.sleep(0)
    return total


async def main():
    print(await asyncio.gather(crunch("left", 3), crunch("right", 2)))


asyncio.run(main())
