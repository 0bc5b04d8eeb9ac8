# rule: a task's awaiters are ordinary done callbacks: user callbacks and waking tasks run in registration order
import asyncio


async def job():
    await asyncio.sleep(0.01)
    return "job result"


async def watcher(name, t):
    await t
    print(f"{name} resumed")


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda f: print("callback A"))
    w1 = asyncio.create_task(watcher("watcher 1", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback B"))
    w2 = asyncio.create_task(watcher("watcher 2", t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("callback C"))
    await asyncio.gather(w1, w2)


asyncio.run(main())
