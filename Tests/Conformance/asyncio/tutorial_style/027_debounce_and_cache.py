# rule: an async cache shares one in-flight Future between concurrent callers; a debouncer runs only the last call
import asyncio


class AsyncCache:
    def __init__(self):
        self.values = {}
        self.inflight = {}
        self.loads = 0

    async def get(self, key, loader):
        if key in self.values:
            return self.values[key], "hit"
        if key in self.inflight:
            return await self.inflight[key], "shared"
        fut = asyncio.get_running_loop().create_future()
        self.inflight[key] = fut
        try:
            self.loads += 1
            value = await loader(key)
            fut.set_result(value)
            self.values[key] = value
            return value, "miss"
        except Exception as e:
            fut.set_exception(e)
            raise
        finally:
            del self.inflight[key]


async def load_user(key):
    await asyncio.sleep(0.05)
    if key.startswith("ghost"):
        raise LookupError(f"no user {key}")
    return {"id": key, "name": key.title()}


class Debouncer:
    def __init__(self, delay):
        self.delay = delay
        self.pending = None
        self.fired = []

    def trigger(self, value):
        if self.pending is not None:
            self.pending.cancel()
        self.pending = asyncio.get_running_loop().call_later(self.delay, self.fired.append, value)


async def main():
    cache = AsyncCache()
    results = await asyncio.gather(*(cache.get(k, load_user) for k in ["ann", "bob", "ann", "ann"]))
    for value, how in results:
        print(f"{how:<6} {value}")
    print(await cache.get("bob", load_user), "loads:", cache.loads)
    outcomes = await asyncio.gather(cache.get("ghost1", load_user), cache.get("ghost1", load_user),
                                    return_exceptions=True)
    print([repr(o) for o in outcomes], "inflight left:", len(cache.inflight))

    d = Debouncer(0.05)
    for ch in "hello":
        d.trigger(ch)
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.1)
    d.trigger("!")
    await asyncio.sleep(0.06)
    print("debounced:", d.fired)


asyncio.run(main())
