# rule: wait(FIRST_COMPLETED) returns as soon as one task finishes; the rest stay pending and keep running
import asyncio


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return f"data from {name}"


async def main():
    tasks = [asyncio.create_task(mirror(n, d), name=n) for n, d in
             [("eu", 0.05), ("us", 0.02), ("asia", 0.08)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.get_name(), winner.result())
    print("pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))


asyncio.run(main())
