# rule: awaits on a free lock, set event, non-empty queue, queue with room and free semaphore complete without yielding to the loop
import asyncio

ticks = 0
running = True


def ticker(loop):
    global ticks
    ticks += 1
    if running:
        loop.call_soon(ticker, loop)


async def main():
    global running
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)
    lock = asyncio.Lock()
    event = asyncio.Event()
    event.set()
    queue = asyncio.Queue(maxsize=2)
    sem = asyncio.Semaphore(2)

    start = ticks
    await lock.acquire()
    print("lock acquire:", ticks - start)
    lock.release()

    start = ticks
    print("event wait returned", await event.wait(), "after", ticks - start)

    start = ticks
    await queue.put("x")
    await queue.put("y")
    print("two puts with room:", ticks - start, "qsize", queue.qsize())

    start = ticks
    a = await queue.get()
    b = await queue.get()
    print("two gets with items:", a, b, ticks - start)

    start = ticks
    async with sem:
        async with sem:
            print("semaphore twice, locked:", sem.locked(), ticks - start)

    queue.task_done()
    queue.task_done()
    start = ticks
    await queue.join()
    print("join with no unfinished items:", ticks - start)

    start = ticks
    async with asyncio.timeout(1):
        pass
    print("enter and leave timeout():", ticks - start)
    running = False


asyncio.run(main())
