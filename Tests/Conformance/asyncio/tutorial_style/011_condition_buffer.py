# rule: Condition.wait releases the lock and wait_for re-checks the predicate after notify
import asyncio


class Buffer:
    def __init__(self, capacity):
        self.items = []
        self.capacity = capacity
        self.cond = asyncio.Condition()

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.capacity)
            self.items.append(item)
            print(f"put {item:>2} -> {self.items}")
            self.cond.notify_all()

    async def take(self, who):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            item = self.items.pop(0)
            print(f"{who} took {item}")
            self.cond.notify_all()
            return item


async def producer(buf, values):
    for v in values:
        await buf.put(v)
        await asyncio.sleep(0.01)


async def consumer(buf, who, n, pace):
    got = []
    for _ in range(n):
        got.append(await buf.take(who))
        await asyncio.sleep(pace)
    return got


async def main():
    buf = Buffer(2)
    results = await asyncio.gather(
        producer(buf, [1, 2, 3, 4, 5, 6]),
        consumer(buf, "A", 3, 0.13),
        consumer(buf, "B", 3, 0.05),
    )
    print("A got", results[1], "B got", results[2])
    print("locked at end:", buf.cond.locked())


asyncio.run(main())
