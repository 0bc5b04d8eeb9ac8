# An async generator dropped mid-iteration (break, no other reference) is finalized through
# the loop's hook: call_soon_threadsafe(create_task, agen.aclose()) — its finally runs a
# couple of passes later, in a new task (§18.6).
import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen finally", asyncio.current_task().get_name())

async def main():
    async for x in agen():
        if x == 1:
            break
    print("after break")
    for i in range(3):
        await asyncio.sleep(0)
        print("tick", i)

asyncio.run(main())
