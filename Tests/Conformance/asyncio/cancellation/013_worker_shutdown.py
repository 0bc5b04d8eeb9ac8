# rule: stopping a pool of endless workers: cancel each, then gather(return_exceptions=True) waits for their cleanup
import asyncio


async def worker(name, queue, done):
    try:
        while True:
            job = await queue.get()
            await asyncio.sleep(job)
            done.append((name, job))
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name} stopping")
        raise


async def main():
    queue = asyncio.Queue()
    for job in (0.03, 0.01, 0.04, 0.01):
        queue.put_nowait(job)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(2)]
    await queue.join()
    print("all jobs done:", done)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())
