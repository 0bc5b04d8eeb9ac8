# rule: TaskGroup.create_task before entering or after the group finished raises RuntimeError; the repr shows the group state
import asyncio


async def job():
    await asyncio.sleep(0)


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before:", e)
    c.close()
    async with tg:
        print(repr(tg))
        tg.create_task(job())
        print(repr(tg))
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after:", e)
    c.close()


asyncio.run(main())
