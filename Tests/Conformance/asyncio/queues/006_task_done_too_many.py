# rule: task_done() more times than items were put raises ValueError; join() returns at once when nothing is unfinished
import asyncio


async def main():
    q = asyncio.Queue()
    await q.join()
    print("join on a fresh queue returns at once")
    q.put_nowait("job")
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    await q.join()
    print("joined")


asyncio.run(main())
