# rule: reprs of the gather future, Handles and TaskGroup (no addresses)
import asyncio


def tick(n):
    pass


async def main():
    loop = asyncio.get_running_loop()
    g = asyncio.gather(asyncio.sleep(0.01, 6), asyncio.sleep(0, 8))
    print(g)
    print(await g, g)
    h = loop.call_soon(tick, 1)
    print(h)
    h2 = loop.call_soon(tick, "a" * 50)
    print(h2)
    h.cancel()
    print(h)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0))
        print(tg)
    print(tg)


asyncio.run(main())
