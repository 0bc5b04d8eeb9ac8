# rule: with more than 100 timers and over half cancelled the heap is rebuilt (heapify), which changes the pop order of equal deadlines
import asyncio


async def run(total, cancel_every):
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.02
    handles = [loop.call_at(when, order.append, i) for i in range(total)]
    for i, h in enumerate(handles):
        if i % cancel_every != 0:
            h.cancel()
    await asyncio.sleep(0.05)
    return order


async def main():
    print("12 timers, 2/3 cancelled, no rebuild:", await run(12, 3))
    print("150 timers, 2/3 cancelled, rebuilt:  ", await run(150, 3))
    print("150 timers, exactly half cancelled, no rebuild:", (await run(150, 2))[:12])


asyncio.run(main())
