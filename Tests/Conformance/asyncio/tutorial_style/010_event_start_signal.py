# rule: tasks waiting on an Event all resume after set(), in the order they started waiting
import asyncio


async def runner(name, start, finish_times, pace):
    print(f"{name} on the line")
    await start.wait()
    await asyncio.sleep(pace)
    finish_times.append(name)
    print(f"{name} finished")


async def main():
    start = asyncio.Event()
    order = []
    runners = [asyncio.create_task(runner(n, start, order, p))
               for n, p in [("ann", 0.09), ("bob", 0.05), ("cyd", 0.07)]]
    await asyncio.sleep(0.02)
    print("is_set before:", start.is_set())
    print("GO")
    start.set()
    await asyncio.gather(*runners)
    for place, name in enumerate(order, start=1):
        print(f"{place}. {name}")
    start.clear()
    late = asyncio.create_task(runner("dan", start, order, 0.01))
    await asyncio.sleep(0.03)
    print("dan still waiting:", not late.done())
    start.set()
    await late
    print("final order:", " > ".join(order))


asyncio.run(main())
