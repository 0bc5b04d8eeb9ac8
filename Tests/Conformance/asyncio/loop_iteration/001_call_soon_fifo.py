# rule: call_soon callbacks run strictly FIFO, interleaved with task steps in the order they were queued
import asyncio

log = []


def note(label):
    log.append(label)


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(note, "cb-1")
    t = asyncio.create_task(worker("w", 3))
    loop.call_soon(note, "cb-2")
    loop.call_soon(note, "cb-3")
    log.append("main before yield")
    await asyncio.sleep(0)
    log.append("main after first yield")
    loop.call_soon(note, "cb-4")
    await t
    log.append("main done")
    for line in log:
        print(line)


asyncio.run(main())
