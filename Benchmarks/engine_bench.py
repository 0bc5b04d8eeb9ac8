# CPython counterparts of Benchmarks/EngineBench (CPU time, median of 5 in-process runs).
import asyncio, random, sys, time

async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)

async def sleeper(d):
    await asyncio.sleep(d)

async def producer(q, n):
    for i in range(n):
        await q.put(i)

async def consumer(q, n):
    for _ in range(n):
        await q.get()

async def sleep0():
    await asyncio.gather(*(spin(10) for _ in range(100_000)))

async def switch():
    await asyncio.gather(*(spin(1000) for _ in range(1000)))

async def timers():
    rnd = random.Random(42)
    await asyncio.gather(*(sleeper(rnd.random() * 0.001) for _ in range(100_000)))

async def queue():
    q = asyncio.Queue(maxsize=100)
    await asyncio.gather(*(producer(q, 250_000) for _ in range(4)), *(consumer(q, 250_000) for _ in range(4)))

only = sys.argv[1] if len(sys.argv) > 1 else None
for name, fn, work in [("switch", switch, 1000 * 1001), ("sleep0", sleep0, 1_100_000),
                       ("timers", timers, 100_000), ("queue", queue, 1_000_000)]:
    if only and name != only:
        continue
    times = []
    for _ in range(5):
        t0 = time.process_time()
        asyncio.run(fn())
        times.append(time.process_time() - t0)
    times.sort()
    med = times[2]
    print(f"{name}: median CPU {med * 1e6:.0f} µs for {work} → {work / med / 1e3:.0f} k/s")
