# API edges: Condition.wait cancelled while re-acquiring (a fresh CancelledError), Lock fast
# path when every waiter is cancelled, Semaphore.locked() with a cancelled waiter,
# Timeout.reschedule errors, TaskGroup.create_task errors, gather() of nothing, sleep's
# result, wait_for(None) on a future (§13, §14, §16, §6, §8, §12).
import asyncio

async def cwait(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError as e:
            print("cond wait raised", repr(e), cond.locked())
            raise

async def acquirer(lock, name):
    async with lock:
        print(f"{name} got lock")

async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    c = asyncio.create_task(cwait(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    cond.notify()
    await asyncio.sleep(0)
    c.cancel("first")
    await asyncio.sleep(0)
    cond.release()
    await asyncio.gather(c, return_exceptions=True)
    lock = asyncio.Lock()
    await lock.acquire()
    ws = [asyncio.create_task(acquirer(lock, f"a{i}")) for i in range(2)]
    await asyncio.sleep(0)
    for w in ws:
        w.cancel()
    await asyncio.sleep(0)
    lock.release()
    print("fast path", await lock.acquire(), lock.locked())
    lock.release()
    sem = asyncio.Semaphore(0)
    s = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print("sem locked", sem.locked())
    s.cancel()
    await asyncio.sleep(0)
    print("sem locked after cancel", sem.locked())
    tm = asyncio.timeout(1)
    try:
        tm.reschedule(5)
    except RuntimeError as e:
        print(repr(e))
    try:
        async with asyncio.timeout(0) as tm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        tm2.reschedule(5)
    except RuntimeError as e:
        print(repr(e))
    tg = asyncio.TaskGroup()
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(repr(e))
    coro.close()
    async with tg:
        pass
    coro = asyncio.sleep(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print(repr(e))
    coro.close()
    print("gather()", await asyncio.gather())
    print("sleep result", await asyncio.sleep(0.1, result="r"))
    f = loop.create_future()
    loop.call_later(0.1, f.set_result, "f")
    print("wait_for None", await asyncio.wait_for(f, None))

asyncio.run(main())
