# rule: Lock waiters acquire in FIFO order; a task that releases and re-acquires goes to the back of the line
import asyncio


async def user(name, lock, rounds, log):
    for r in range(rounds):
        async with lock:
            log.append(f"{name}{r}")
            await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(user("A", lock, 3, log), user("B", lock, 2, log), user("C", lock, 2, log))
    print(" ".join(log))


asyncio.run(main())
