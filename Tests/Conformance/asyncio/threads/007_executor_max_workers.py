# rule: a ThreadPoolExecutor runs at most max_workers calls at once (1, 2 or 3 workers); the others wait in its queue, and the default executor has 8 workers
import asyncio
import concurrent.futures
import time


def job(name, seconds):
    time.sleep(seconds)
    return name


async def run_batch(loop, pool, count, seconds):
    start = loop.time()
    done_at = []

    async def one(i):
        result = await loop.run_in_executor(pool, job, f"job{i}", seconds)
        done_at.append((result, f"{loop.time() - start:.1f}"))

    await asyncio.gather(*(one(i) for i in range(count)))
    return sorted(done_at), f"{loop.time() - start:.1f}"


async def main():
    loop = asyncio.get_running_loop()
    for workers in (1, 2, 3):
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            done_at, total = await run_batch(loop, pool, 5, 0.1)
        print(f"{workers} worker(s): total {total}s")
        for name, t in done_at:
            print(f"  {name} done at {t}")
    done_at, total = await run_batch(loop, None, 10, 0.1)
    print(f"default executor, 10 jobs: total {total}s")
    print("  finish times:", sorted({t for _, t in done_at}))


asyncio.run(main())
