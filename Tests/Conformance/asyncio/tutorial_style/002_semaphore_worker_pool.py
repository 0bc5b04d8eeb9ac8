# rule: a Semaphore caps how many downloads run at once; gather keeps argument order
import asyncio

MAX_PARALLEL = 2
active = 0
peak = 0


async def download(sem, name, size_kb):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {name:<10} active={active} locked={sem.locked()}")
        await asyncio.sleep(size_kb / 1000)
        active -= 1
        print(f"done  {name:<10} {size_kb:>4} KB")
        return name, size_kb


async def main():
    sem = asyncio.Semaphore(MAX_PARALLEL)
    files = {"logo.png": 110, "app.js": 230, "style.css": 50, "data.json": 170, "font.woff": 90}
    results = await asyncio.gather(*(download(sem, n, s) for n, s in files.items()))
    print("peak concurrency:", peak)
    total = sum(size for _, size in results)
    print(f"total {total} KB in {len(results)} files, average {total / len(results):.1f} KB")
    biggest = max(results, key=lambda r: r[1])
    print("biggest:", biggest)
    print("order kept:", [n for n, _ in results] == list(files))


asyncio.run(main())
