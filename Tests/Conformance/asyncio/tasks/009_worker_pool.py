# rule: a fixed pool of worker tasks pulls jobs from a shared list; each awaits simulated I/O; results collected in order of completion
import asyncio

jobs = [("a.txt", 0.05), ("b.txt", 0.01), ("c.txt", 0.03), ("d.txt", 0.02), ("e.txt", 0.04)]
finished = []


async def worker(wid, pending):
    while pending:
        name, cost = pending.pop(0)
        print(f"worker {wid} takes {name}")
        await asyncio.sleep(cost)
        finished.append((name, wid))
    print(f"worker {wid} idle")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    pending = list(jobs)
    workers = [asyncio.create_task(worker(i, pending)) for i in range(2)]
    await asyncio.gather(*workers)
    print("finished order:", finished)
    print(f"elapsed {loop.time() - start:.1f}s")


asyncio.run(main())
