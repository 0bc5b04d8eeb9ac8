# Producer/consumer with a bounded queue: put blocks when full; join waits for task_done (§15).
import asyncio

async def producer(q, n):
    for i in range(n):
        print(f"put {i} start qsize={q.qsize()}")
        await q.put(i)
        print(f"put {i} done")
    print("producer done")

async def consumer(q, name):
    while True:
        item = await q.get()
        print(f"{name} got {item}")
        await asyncio.sleep(0.1)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("joined")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("end")

asyncio.run(main())
