# rule: wait() with ALL_COMPLETED returns (done, pending) sets after every task finished; exceptions stay inside the tasks
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
             [("c", 0.03, False), ("a", 0.01, True), ("b", 0.02, False)]]
    done, pending = await asyncio.wait(tasks)
    print("types:", type(done).__name__, type(pending).__name__)
    print("done:", sorted(t.get_name() for t in done), "pending:", len(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        exc = t.exception()
        print(t.get_name(), "->", repr(exc) if exc else t.result())


asyncio.run(main())
