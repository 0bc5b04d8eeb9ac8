# rule: wait(FIRST_EXCEPTION) inspects failures that finish while others are pending (no log later); wait(ALL_COMPLETED) does not
import asyncio


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise ConnectionError(f"{name} lost")


async def ok(delay):
    await asyncio.sleep(delay)
    return "ok"


async def first_exception():
    a = asyncio.create_task(fail("a", 0.01))
    b = asyncio.create_task(ok(0.03))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION returned with", len(done), "done and", len(pending), "pending")
    await b
    del a, b, done, pending
    print("dropped the failed task: no log expected")


async def all_completed():
    c = asyncio.create_task(fail("c", 0.01))
    done, pending = await asyncio.wait([c])
    print("ALL_COMPLETED returned with", len(done), "done")
    del c, done, pending
    print("dropped the failed task: logged just before this line")


async def main():
    await first_exception()
    await all_completed()


asyncio.run(main())
