# rule: moving the blocking call into to_thread frees the loop: a heartbeat keeps running during the call
import asyncio
import time

beats = []


def legacy_query():
    time.sleep(0.3)
    return "42 rows"


async def heartbeat(stop):
    while not stop.is_set():
        beats.append(1)
        await asyncio.sleep(0.07)


async def run(label, use_thread):
    beats.clear()
    stop = asyncio.Event()
    hb = asyncio.create_task(heartbeat(stop))
    await asyncio.sleep(0)
    if use_thread:
        rows = await asyncio.to_thread(legacy_query)
    else:
        rows = legacy_query()
    stop.set()
    await hb
    print(f"{label}: {rows}, heartbeats during the query: {len(beats)}")


async def main():
    await run("blocking", False)
    await run("to_thread", True)


asyncio.run(main())
