# rule: asyncio.sleep(0), sleep(-1) and sleep(nan) each return after a loop pass without waiting; the clock does not move
import asyncio
import math

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
    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)
    start_time = loop.time()
    for delay in (0, -1, -0.5, math.nan):
        start = ticks
        result = await asyncio.sleep(delay, result=delay)
        print(f"sleep({delay}) returned {result} after {ticks - start} tick(s)")
    running = False
    print("clock moved less than 10 ms:", loop.time() - start_time < 0.01)


asyncio.run(main())
