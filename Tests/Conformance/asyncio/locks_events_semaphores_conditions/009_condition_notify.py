# rule: Condition.wait releases the lock while waiting; notify(n) wakes the first n waiters, which re-acquire the lock in turn
import asyncio


async def consumer(name, cond, stock):
    async with cond:
        while not stock:
            await cond.wait()
        item = stock.pop(0)
        print(f"{name} took {item}")


async def main():
    cond = asyncio.Condition()
    stock = []
    consumers = [asyncio.create_task(consumer(n, cond, stock)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0.01)
    async with cond:
        stock.append("apple")
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        stock.extend(["pear", "plum"])
        cond.notify(2)
    await asyncio.gather(*consumers)


asyncio.run(main())
