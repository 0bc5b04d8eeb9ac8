# 4 producers and 4 consumers move 10,000 items through a Queue(maxsize=100): no sleeps, so
# only the queue's wake-up rules decide the interleaving; checks totals and the pass count (§15).
import asyncio

async def producer(q, n, log):
    for i in range(n):
        await q.put(i)
    log.append("p")

async def consumer(q, n, log):
    total = 0
    for _ in range(n):
        total += await q.get()
    log.append(f"c{total}")

async def main():
    q = asyncio.Queue(maxsize=100)
    log = []
    await asyncio.gather(*(producer(q, 2500, log) for _ in range(4)),
                         *(consumer(q, 2500, log) for _ in range(4)))
    print(log)

asyncio.run(main())
