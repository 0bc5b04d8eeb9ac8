# Four timers with one identical deadline pop in heapq's order, not creation order (§3.2).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.05
    for name in "ABCD":
        loop.call_at(when, print, name)
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
