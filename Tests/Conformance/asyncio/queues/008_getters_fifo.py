# rule: consumers blocked in get() are woken in the order they started waiting, one per item
import asyncio


async def consumer(name, q, log):
    item = await q.get()
    log.append((name, item))


async def main():
    q = asyncio.Queue()
    log = []
    consumers = [asyncio.create_task(consumer(n, q, log)) for n in ("first", "second", "third")]
    await asyncio.sleep(0.01)
    for item in ("x", "y", "z"):
        q.put_nowait(item)
    await asyncio.gather(*consumers)
    print(log)


asyncio.run(main())
