# rule: gather marks the failures of other children as retrieved (no log); wait() does not, so an uninspected failed task logs when dropped
import asyncio


async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise RuntimeError(msg)


async def with_gather():
    try:
        await asyncio.gather(fail("first", 0.01), fail("second", 0.02))
    except RuntimeError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.03)
    print("second failure was retrieved by gather: no log")


async def with_wait():
    tasks = [asyncio.create_task(fail("waited", 0.01))]
    done, pending = await asyncio.wait(tasks)
    print("wait returned", len(done), "done task(s) without raising")


async def main():
    await with_gather()
    await with_wait()
    print("after with_wait returned")


asyncio.run(main())
