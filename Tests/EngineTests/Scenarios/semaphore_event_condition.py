# Semaphore limits concurrency FIFO; Event wakes all waiters in order; Condition notify (§16).
import asyncio

async def limited(sem, name):
    async with sem:
        print(f"{name} in (value={sem._value})")
        await asyncio.sleep(0.1)
    print(f"{name} out")

async def waiter(ev, name):
    print(f"{name} waits")
    await ev.wait()
    print(f"{name} woke")

async def cwaiter(cond, name, box):
    async with cond:
        print(f"{name} waits on condition")
        await cond.wait_for(lambda: box)
        print(f"{name} got {box[0]}")
        box.pop()

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"s{i}") for i in range(4)))
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"e{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print("set done")
    await asyncio.gather(*ts)
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(cwaiter(cond, f"c{i}", box)) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("first", "second"):
        async with cond:
            box.append(item)
            cond.notify()
            print(f"notified {item}")
        await asyncio.sleep(0.1)
    await asyncio.gather(*ts)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(repr(e))

asyncio.run(main())
