# rule: timers become ready only after the handles already queued: call_later(0) runs after call_soon callbacks queued in the same step
import asyncio

order = []


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, order.append, "later-0 (first queued)")
    loop.call_soon(order.append, "soon-1")
    loop.call_soon(order.append, "soon-2")
    loop.call_at(loop.time() - 1, order.append, "call_at in the past")
    loop.call_soon(order.append, "soon-3")
    await asyncio.sleep(0)
    order.append("main resumed after sleep(0)")
    await asyncio.sleep(0)
    order.append("main resumed again")
    for i, item in enumerate(order, 1):
        print(i, item)


asyncio.run(main())
