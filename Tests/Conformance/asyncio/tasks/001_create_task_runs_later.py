# rule: create_task schedules the first step; nothing of the coroutine runs until the creator yields
import asyncio


async def job(name):
    print(f"{name} started")
    await asyncio.sleep(0.01)
    print(f"{name} finished")
    return name.upper()


async def main():
    t1 = asyncio.create_task(job("download"))
    t2 = asyncio.create_task(job("parse"))
    print("created two tasks; done?", t1.done(), t2.done())
    print("main still running before any task")
    await asyncio.sleep(0)
    print("after one yield both started; done?", t1.done(), t2.done())
    print(await t1, await t2)
    print("done now?", t1.done(), t2.done())


asyncio.run(main())
