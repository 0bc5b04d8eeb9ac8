# 4 producers and 4 consumers moving 1M items through a bounded queue.
import asyncio

N = 1_000_000
PRODUCERS = CONSUMERS = 4

async def producer(queue, count):
    for i in range(count):
        await queue.put(i)

async def consumer(queue, totals):
    total = 0
    while True:
        item = await queue.get()
        if item is None:
            break
        total += item
    totals.append(total)

async def main():
    queue = asyncio.Queue(maxsize=100)
    totals = []
    consumers = [asyncio.create_task(consumer(queue, totals)) for _ in range(CONSUMERS)]
    await asyncio.gather(*(producer(queue, N // PRODUCERS) for _ in range(PRODUCERS)))
    for _ in range(CONSUMERS):
        await queue.put(None)
    await asyncio.gather(*consumers)
    print(sum(totals))

asyncio.run(main())
