# rule: an async generator abandoned by `break` inside a task is closed by a task the loop creates; a finally that awaits runs across several loop iterations
import asyncio


async def readings(sensor):
    try:
        for i in range(100):
            await asyncio.sleep(0.01)
            yield f"{sensor}:{i}"
    finally:
        print(f"{sensor} closing in {asyncio.current_task().get_name()}")
        await asyncio.sleep(0.02)
        print(f"{sensor} closed")


async def consumer(sensor, wanted):
    async for value in readings(sensor):
        print("consumer got", value)
        if value.endswith(str(wanted)):
            break
    print(f"consumer of {sensor} stopped")


async def main():
    await asyncio.gather(consumer("temp", 1), consumer("wind", 2))
    print("gather done, tasks:", len(asyncio.all_tasks()))
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
