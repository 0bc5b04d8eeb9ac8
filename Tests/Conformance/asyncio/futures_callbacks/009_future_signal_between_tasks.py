# rule: a future used as a one-shot signal: a producer task sets it after a delay, consumers await it concurrently
import asyncio


async def warm_up(ready):
    await asyncio.sleep(0.05)
    print("cache warmed")
    ready.set_result({"hits": 0})


async def handler(n, ready):
    print(f"request {n} waits for cache")
    cache = await ready
    cache["hits"] += 1
    print(f"request {n} served (hits={cache['hits']})")


async def main():
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    start = loop.time()
    await asyncio.gather(warm_up(ready), *(handler(i, ready) for i in range(3)))
    print("everyone waited for the warm-up:", round(loop.time() - start, 3) >= 0.05)


asyncio.run(main())
