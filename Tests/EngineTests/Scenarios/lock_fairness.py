# Lock: FIFO hand-off; a task that releases and re-acquires at once goes to the back (§16).
import asyncio

async def user(lock, name, rounds):
    for i in range(rounds):
        async with lock:
            print(f"{name} holds {i}")
            await asyncio.sleep(0.1)
        print(f"{name} released {i}")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "a", 2), user(lock, "b", 2), user(lock, "c", 1))
    print("end")

asyncio.run(main())
