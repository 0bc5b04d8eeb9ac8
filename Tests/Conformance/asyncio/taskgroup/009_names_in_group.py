# rule: TaskGroup.create_task(name=) names the task (and consumes a Task-N number in 3.11)
import asyncio


async def whoami():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(whoami())
        b = tg.create_task(whoami(), name="named")
        c = tg.create_task(whoami())
    print(a.result(), b.result(), c.result())


asyncio.run(main())
