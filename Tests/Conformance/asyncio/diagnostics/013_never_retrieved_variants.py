# rule: "Task exception was never retrieved" is logged for a failed task nobody asked, not for one whose exception() was read or that a done callback inspected
import asyncio


async def fail(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)


async def main():
    t1 = asyncio.create_task(fail("one"))
    t2 = asyncio.create_task(fail("two"))
    t3 = asyncio.create_task(fail("three"))
    await asyncio.sleep(0.05)
    print("t2 exception:", t2.exception())
    t3.add_done_callback(lambda t: print("callback saw", t.exception()))
    del t1
    print("t1 dropped")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
print("end")
