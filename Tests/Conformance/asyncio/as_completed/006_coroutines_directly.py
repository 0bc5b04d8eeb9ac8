# rule: as_completed also accepts coroutines (wrapped in tasks); results still come in completion order
import asyncio


async def lookup(word, delay):
    await asyncio.sleep(delay)
    return word.upper()


async def main():
    coros = [lookup("gamma", 0.06), lookup("alpha", 0.02), lookup("beta", 0.04)]
    results = []
    for fut in asyncio.as_completed(coros):
        results.append(await fut)
    print(results)


asyncio.run(main())
