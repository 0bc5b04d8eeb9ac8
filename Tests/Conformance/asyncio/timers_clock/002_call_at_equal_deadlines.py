# rule: identical call_at deadlines pop in heapq order (not insertion order) when another timer sits in the heap
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.02
    for name in "ABCD":
        loop.call_at(when, order.append, name)
    await asyncio.sleep(0.05)
    print("4 equal deadlines:", " ".join(order))
    order.clear()
    when = loop.time() + 0.02
    for name in "ABCDEFG":
        loop.call_at(when, order.append, name)
    await asyncio.sleep(0.05)
    print("7 equal deadlines:", " ".join(order))
    order.clear()
    when = loop.time() + 0.02
    for name in "AB":
        loop.call_at(when, order.append, name)
    await asyncio.sleep(0.05)
    print("2 equal deadlines:", " ".join(order))


asyncio.run(main())
