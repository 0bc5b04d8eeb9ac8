# rule: an exception inside a call_soon callback is logged by the loop and the program keeps running
import asyncio


def flaky_callback(results, n):
    if n == 2:
        raise ValueError(f"callback {n} exploded")
    results.append(n)


async def main():
    loop = asyncio.get_running_loop()
    results = []
    for n in range(4):
        loop.call_soon(flaky_callback, results, n)
    await asyncio.sleep(0.01)
    print("results:", results)
    loop.call_soon(flaky_callback, results, 5)
    loop.call_soon(flaky_callback, results, 2)
    await asyncio.sleep(0.03)
    print("still alive, results:", results)


asyncio.run(main())
