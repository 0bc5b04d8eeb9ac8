# rule: time.monotonic, time.perf_counter, time.time and loop.time all advance together over sleeps and blocking calls
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    l0, m0, p0, w0 = loop.time(), time.monotonic(), time.perf_counter(), time.time()
    await asyncio.sleep(0.2)
    time.sleep(0.1)
    await asyncio.sleep(0.1)
    dl = loop.time() - l0
    dm = time.monotonic() - m0
    dp = time.perf_counter() - p0
    dw = time.time() - w0
    for name, d in [("loop.time", dl), ("monotonic", dm), ("perf_counter", dp), ("time.time", dw)]:
        print(f"{name:13} {d:.1f}")
    print("all about equal:", max(dl, dm, dp, dw) - min(dl, dm, dp, dw) < 0.02)


asyncio.run(main())
