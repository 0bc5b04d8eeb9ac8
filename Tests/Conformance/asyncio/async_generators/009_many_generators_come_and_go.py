# rule: the loop forgets every async generator that finishes, is closed or is dropped suspended (its finalizer closes it in a new task); shutdown_asyncgens closes only the survivors
import asyncio

log = []

async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        log.append(f"{name} finally")

async def main():
    total = 0
    # Exhausted: each finishes and dies closed.
    for k in range(200):
        async for x in ticker(f"done{k}", 3):
            total += x
    # Closed explicitly, then dropped.
    for k in range(50):
        g = ticker(f"closed{k}", 5)
        total += await g.__anext__()
        await g.aclose()
    # Dropped while suspended: the loop's finalizer hook closes each in a new task.
    for k in range(50):
        async for x in ticker(f"dropped{k}", 5):
            total += x
            break
    await asyncio.sleep(0.01)
    # Survivors, closed by asyncio.run's shutdown_asyncgens.
    global keep
    keep = [ticker(f"survivor{k}", 5) for k in range(3)]
    for g in keep:
        total += await g.__anext__()
    print("total", total, "finally blocks", len(log))
    print([s for s in log if not s.startswith("done")][:6])

asyncio.run(main())
print("after run:", len(log), sorted(s for s in log if s.startswith("survivor")))
