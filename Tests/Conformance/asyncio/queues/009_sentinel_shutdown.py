# rule: a pipeline of two stages connected by queues, shut down with a sentinel value passed along
import asyncio

STOP = None


async def reader(out):
    for line in ["alpha", "beta", "gamma"]:
        await asyncio.sleep(0.02)
        await out.put(line)
    await out.put(STOP)


async def transformer(inq, outq):
    while True:
        item = await inq.get()
        if item is STOP:
            break
        await asyncio.sleep(0.01)
        await outq.put(item.upper())
    await outq.put(STOP)


async def writer(inq):
    written = []
    while True:
        item = await inq.get()
        if item is STOP:
            break
        written.append(item)
        print("wrote", item)
    return written


async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    _, _, written = await asyncio.gather(reader(q1), transformer(q1, q2), writer(q2))
    print("pipeline output:", written)


asyncio.run(main())
