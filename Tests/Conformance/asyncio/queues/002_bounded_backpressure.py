# rule: a bounded Queue makes put() wait while it is full; the producer is throttled to the consumer's pace
import asyncio


async def producer(queue, loop, start):
    for i in range(5):
        await queue.put(i)
        print(f"put {i} at {loop.time() - start:.1f} (size {queue.qsize()})")


async def consumer(queue):
    for _ in range(5):
        await asyncio.sleep(0.1)
        item = await queue.get()
        print(f"got {item}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    queue = asyncio.Queue(maxsize=2)
    print("maxsize:", queue.maxsize, "full:", queue.full())
    await asyncio.gather(producer(queue, loop, start), consumer(queue))
    print("empty at the end:", queue.empty())


asyncio.run(main())
