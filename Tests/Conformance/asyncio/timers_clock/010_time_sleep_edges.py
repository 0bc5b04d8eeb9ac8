# rule: time.sleep and asyncio.sleep edge values: negative and NaN raise ValueError for time.sleep; asyncio.sleep(-1) and sleep(0) yield once
import asyncio
import math
import time


async def main():
    for value in (-1, math.nan):
        try:
            time.sleep(value)
        except ValueError as e:
            print("time.sleep", value, "->", e)
    try:
        time.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    loop = asyncio.get_running_loop()
    start = loop.time()
    print("asyncio.sleep(-1) returns", await asyncio.sleep(-1, result="neg"))
    print("asyncio.sleep(0) returns", await asyncio.sleep(0, "zero"))
    print("no time passed:", round(loop.time() - start, 2))


asyncio.run(main())
