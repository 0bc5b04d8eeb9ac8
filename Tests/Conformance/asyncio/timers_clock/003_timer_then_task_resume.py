# rule: a timer callback that resolves a future runs in one iteration and the waiting task resumes in the next
import asyncio

ticks = 0
running = True


def ticker(loop):
    global ticks
    ticks += 1
    if running:
        loop.call_soon(ticker, loop)


async def main():
    global running
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    seen = {}

    def resolve():
        seen["resolve"] = ticks
        fut.set_result("value")

    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)
    loop.call_later(0, resolve)
    start = ticks
    value = await fut
    running = False
    print("value:", value)
    print("timer ran after", seen["resolve"] - start, "tick(s)")
    print("task resumed after", ticks - start, "tick(s)")


asyncio.run(main())
