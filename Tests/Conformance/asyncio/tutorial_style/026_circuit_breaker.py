# rule: a circuit breaker opens after repeated failures, rejects calls while open and half-opens after a cool-down
import asyncio


class CircuitOpen(Exception):
    pass


class CircuitBreaker:
    def __init__(self, threshold, cooldown):
        self.threshold = threshold
        self.cooldown = cooldown
        self.failures = 0
        self.opened_at = None
        self.loop = asyncio.get_running_loop()

    @property
    def state(self):
        if self.opened_at is None:
            return "closed"
        if round(self.loop.time() - self.opened_at, 3) >= self.cooldown:
            return "half-open"
        return "open"

    async def call(self, coro_fn, *args):
        if self.state == "open":
            raise CircuitOpen(f"circuit open ({self.failures} failures)")
        try:
            result = await coro_fn(*args)
        except Exception:
            self.failures += 1
            if self.failures >= self.threshold or self.state == "half-open":
                self.opened_at = self.loop.time()
            raise
        self.failures = 0
        self.opened_at = None
        return result


async def flaky(n):
    await asyncio.sleep(0.01)
    if n in (1, 2, 3, 6):
        raise ConnectionError(f"request {n} failed")
    return f"response {n}"


async def main():
    breaker = CircuitBreaker(threshold=3, cooldown=0.1)
    for n in range(10):
        try:
            print(f"{n}: {await breaker.call(flaky, n)} [{breaker.state}]")
        except CircuitOpen as e:
            print(f"{n}: rejected: {e}")
            await asyncio.sleep(0.04)
        except ConnectionError as e:
            print(f"{n}: error: {e} [{breaker.state}]")


asyncio.run(main())
