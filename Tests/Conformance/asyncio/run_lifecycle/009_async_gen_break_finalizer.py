# rule: an async generator dropped after break is finalized by a new task created by the loop's hook; its finally runs a few iterations later
import asyncio


async def lines():
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield f"line {i}"
    finally:
        print("generator finally in", asyncio.current_task().get_name())


async def main():
    async for line in lines():
        print("read", line)
        if line == "line 1":
            break
    print("after break")
    for i in range(3):
        await asyncio.sleep(0)
        print("main tick", i)


asyncio.run(main())
