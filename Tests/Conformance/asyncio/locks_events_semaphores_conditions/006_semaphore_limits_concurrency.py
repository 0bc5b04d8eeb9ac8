# rule: a Semaphore(2) lets at most two tasks in at once; waiters enter FIFO as slots free up
import asyncio

active = 0
peak = 0


async def download(n, sem, loop, start):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"t={loop.time() - start:.1f} start {n} (active {active})")
        await asyncio.sleep(0.1)
        active -= 1


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(download(n, sem, loop, start) for n in range(5)))
    print("peak concurrency:", peak)
    print(f"total {loop.time() - start:.1f}s")


asyncio.run(main())
