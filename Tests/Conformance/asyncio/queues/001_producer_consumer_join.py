# rule: producer/consumer with Queue: join() returns once every item got a task_done(); consumers are then cancelled
import asyncio


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        print(f"produced {item}")
        await asyncio.sleep(0.02)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.03)
        print(f"{name} consumed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(f"c{i}", queue)) for i in range(2)]
    await producer(queue, ["a", "b", "c", "d"])
    await queue.join()
    print("all items processed; unfinished:", queue.qsize())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
