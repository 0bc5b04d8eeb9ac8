# rule: periodic background jobs stop cleanly when cancelled at shutdown; finally blocks run in order
import asyncio


class Metrics:
    def __init__(self):
        self.samples = {}

    def record(self, name, value):
        self.samples.setdefault(name, []).append(value)

    def summary(self):
        lines = []
        for name in sorted(self.samples):
            vals = self.samples[name]
            lines.append(f"{name:<6} n={len(vals)} last={vals[-1]} mean={sum(vals) / len(vals):.2f}")
        return "\n".join(lines)


async def every(interval, name, metrics, source):
    tick = 0
    try:
        while True:
            await asyncio.sleep(interval)
            tick += 1
            metrics.record(name, source(tick))
    finally:
        print(f"{name} job stopped at tick {tick}")


async def main():
    metrics = Metrics()
    jobs = [
        asyncio.create_task(every(0.05, "cpu", metrics, lambda t: t * 3 % 7), name="cpu-job"),
        asyncio.create_task(every(0.07, "memory", metrics, lambda t: 100 + t), name="mem-job"),
    ]
    await asyncio.sleep(0.33)
    for job in jobs:
        job.cancel()
    results = await asyncio.gather(*jobs, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print([j.get_name() for j in jobs], [j.cancelled() for j in jobs])
    print(metrics.summary())


asyncio.run(main())
