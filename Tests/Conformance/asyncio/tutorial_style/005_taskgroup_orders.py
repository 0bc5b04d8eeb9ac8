# rule: TaskGroup waits for every child; one failure cancels the siblings and raises an ExceptionGroup
import asyncio


async def fetch_price(item, delay, price):
    await asyncio.sleep(delay)
    if price < 0:
        raise ValueError(f"negative price for {item}")
    print(f"priced {item}")
    return price


cancelled_lookups = []


async def fetch_stock(item, delay):
    try:
        await asyncio.sleep(delay)
        print(f"stock {item}")
        return 5
    except asyncio.CancelledError:
        cancelled_lookups.append(item)
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {name: tg.create_task(fetch_price(name, d, p))
                 for name, d, p in [("pen", 0.03, 2), ("book", 0.01, 12), ("lamp", 0.05, 30)]}
    print({k: t.result() for k, t in tasks.items()})
    print("total:", sum(t.result() for t in tasks.values()))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_stock("pen", 0.2))
            tg.create_task(fetch_price("mug", 0.02, -1))
            tg.create_task(fetch_stock("cup", 0.3))
    except* ValueError as eg:
        print("caught group:", eg.message, [str(e) for e in eg.exceptions])
    print("cancelled lookups:", sorted(cancelled_lookups))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch_price("a", 0.01, -1))
            tg.create_task(fetch_price("b", 0.02, -2))
    except ExceptionGroup as eg:
        print(repr(eg.message), len(eg.exceptions))
        for e in eg.exceptions:
            print("  -", e)


asyncio.run(main())
