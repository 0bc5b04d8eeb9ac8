# rule: Task repr shows the state, name, coroutine location (running at the current line or done, defined at), wait_for and result
import asyncio


async def work(n):
    await asyncio.sleep(0.01)
    return n * 2


async def bad():
    raise ValueError("bad thing")


async def main():
    t = asyncio.create_task(work(1))
    print(t)
    await asyncio.sleep(0)
    print(t)
    await t
    print(t)
    b = asyncio.create_task(bad(), name="badone")
    await asyncio.sleep(0)
    print(b)
    b.exception()
    c = asyncio.create_task(work(3))
    await asyncio.sleep(0)
    c.cancel()
    print(c)
    await asyncio.gather(c, return_exceptions=True)
    print(c)
    print([asyncio.current_task()])


asyncio.run(main())
