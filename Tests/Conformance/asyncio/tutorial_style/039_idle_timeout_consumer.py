# rule: a consumer polls a queue with wait_for(get(), timeout) and stops after an idle period; the queue keeps no lost items
import asyncio


async def producer(q, schedule):
    for delay, item in schedule:
        await asyncio.sleep(delay)
        await q.put(item)


async def consumer(q, idle_limit):
    got = []
    idle_rounds = 0
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=idle_limit)
        except asyncio.TimeoutError:
            idle_rounds += 1
            print(f"idle {idle_rounds} (queue size {q.qsize()})")
            if idle_rounds == 2:
                break
            continue
        idle_rounds = 0
        got.append(item)
        print(f"got {item}")
    return got


async def main():
    q = asyncio.Queue()
    schedule = [(0.01, "a"), (0.02, "b"), (0.09, "c"), (0.02, "d")]
    prod = asyncio.create_task(producer(q, schedule))
    got = await consumer(q, 0.05)
    await prod
    print("consumed:", got, "left in queue:", q.qsize())


asyncio.run(main())
