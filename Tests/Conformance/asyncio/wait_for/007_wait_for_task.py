# rule: wait_for on an existing task cancels that task on timeout; the task is then cancelled
import asyncio


async def poll():
    while True:
        await asyncio.sleep(0.05)


async def main():
    t = asyncio.create_task(poll(), name="poller")
    try:
        await asyncio.wait_for(t, 0.12)
    except TimeoutError:
        print("timeout; poller cancelled:", t.cancelled())
    f = asyncio.get_running_loop().create_future()
    try:
        await asyncio.wait_for(f, 0.01)
    except TimeoutError:
        print("future cancelled:", f.cancelled())


asyncio.run(main())
