# rule: wait(FIRST_EXCEPTION) returns when a task raises; without any exception it waits for all
import asyncio


async def check(name, delay, fail):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} unhealthy")
    return f"{name} ok"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(check(n, d, f), name=n) for n, d, f in
             [("db", 0.1, False), ("cache", 0.2, True), ("queue", 0.4, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"returned at {loop.time() - start:.1f}")
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    failed = [t for t in done if t.exception()]
    print("failure:", failed[0].exception())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    start = loop.time()
    healthy = [asyncio.create_task(check(n, d, False)) for n, d in [("x", 0.1), ("y", 0.2)]]
    done, pending = await asyncio.wait(healthy, return_when=asyncio.FIRST_EXCEPTION)
    print(f"no failure: waited {loop.time() - start:.1f}, done {len(done)}, pending {len(pending)}")


asyncio.run(main())
