# rule: three blocking calls in to_thread overlap: together they take about as long as one
import asyncio
import time


def slow_square(x):
    time.sleep(0.2)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*(asyncio.to_thread(slow_square, x) for x in (2, 3, 4)))
    print(results, f"in {loop.time() - start:.1f}s")
    start = loop.time()
    sequential = [slow_square(x) for x in (2, 3)]
    print(sequential, f"blocking the loop: {loop.time() - start:.1f}s")


asyncio.run(main())
