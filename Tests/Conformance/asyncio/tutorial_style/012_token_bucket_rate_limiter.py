# rule: a token-bucket rate limiter built on loop.time() and sleep spaces out requests
import asyncio


class RateLimiter:
    def __init__(self, rate_per_sec, burst):
        self.interval = 1 / rate_per_sec
        self.tokens = burst
        self.burst = burst
        self.loop = asyncio.get_running_loop()
        self.last = self.loop.time()
        self.lock = asyncio.Lock()

    def _refill(self):
        now = self.loop.time()
        gained = int(round((now - self.last) / self.interval, 6))
        if gained:
            self.tokens = min(self.burst, self.tokens + gained)
            self.last += gained * self.interval

    async def acquire(self):
        async with self.lock:
            while True:
                self._refill()
                if self.tokens > 0:
                    self.tokens -= 1
                    return
                await asyncio.sleep(self.interval)


async def request(limiter, n, t0, log):
    await limiter.acquire()
    elapsed = asyncio.get_running_loop().time() - t0
    log.append((n, round(elapsed, 2)))


async def main():
    limiter = RateLimiter(rate_per_sec=10, burst=3)
    t0 = asyncio.get_running_loop().time()
    log = []
    await asyncio.gather(*(request(limiter, n, t0, log) for n in range(8)))
    for n, when in log:
        print(f"request {n} sent at {when:.1f}s")
    print("sent", len(log), "requests; order preserved:", [n for n, _ in log] == list(range(8)))


asyncio.run(main())
