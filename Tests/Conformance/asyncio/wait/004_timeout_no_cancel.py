# rule: wait(timeout=) returns the unfinished tasks in pending without cancelling them and without raising
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.1, 0.3)]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(f"after {loop.time() - start:.1f}s: done {sorted(t.get_name() for t in done)}, pending {sorted(t.get_name() for t in pending)}")
    (slow,) = pending
    print("slow cancelled?", slow.cancelled())
    print("slow result:", await slow, f"at {loop.time() - start:.1f}")


asyncio.run(main())
