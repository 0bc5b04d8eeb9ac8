# rule: a callback queued while an iteration runs waits for the next iteration; each iteration runs only the handles ready when it began
import asyncio

iteration = 0
events = []


def tick(loop, remaining):
    global iteration
    iteration += 1
    if remaining:
        loop.call_soon(tick, loop, remaining - 1)


def chain(loop, label, depth):
    events.append((label, depth, iteration))
    if depth < 3:
        loop.call_soon(chain, loop, label, depth + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick, loop, 10)
    loop.call_soon(chain, loop, "a", 0)
    loop.call_soon(chain, loop, "b", 0)
    for _ in range(5):
        await asyncio.sleep(0)
    for label, depth, it in events:
        print(f"{label}{depth} ran at tick {it}")


asyncio.run(main())
