# 100k timers: call_later handles pushed on and popped off the heap.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = 0
    done = loop.create_future()

    def tick():
        nonlocal fired
        fired += 1
        if fired == 100_000:
            done.set_result(fired)

    for i in range(100_000):
        loop.call_later((i % 1000) / 100_000, tick)
    print(await done)

asyncio.run(main())
