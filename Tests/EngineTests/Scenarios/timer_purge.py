# The >100 timers / >50% cancelled rebuild heapifies the survivors in list order, which
# changes the pop order of identical deadlines (§2 step 1, §3.2).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.05
    hs = [loop.call_at(when, print, f"t{i}") for i in range(150)]
    for i, h in enumerate(hs):
        if i % 3 != 0:
            h.cancel()
    await asyncio.sleep(0.1)
    when = loop.time() + 0.05
    hs = [loop.call_at(when, print, f"u{i}") for i in range(12)]
    for h in hs[:5]:
        h.cancel()
    await asyncio.sleep(0.1)
    print("end")

asyncio.run(main())
