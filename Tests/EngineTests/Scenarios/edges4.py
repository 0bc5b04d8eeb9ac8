# Timer ties that CPython resolves by creation time: wait_for whose inner sleep ends exactly
# at the timeout (the timeout timer was created first, so it wins); call_later with equal
# delays in one step fire in creation order; sleeps of equal length started in one pass
# resume in start order (§3.3, §12, §23.2).
import asyncio

async def inner(d):
    await asyncio.sleep(d)
    print("inner finished")
    return "value"

async def napper(name, d):
    await asyncio.sleep(d)
    print(f"{name} woke")

async def main():
    loop = asyncio.get_running_loop()
    try:
        print(await asyncio.wait_for(inner(0.1), 0.1))
    except TimeoutError:
        print("timed out at the tie")
    for name in "xyz":
        loop.call_later(0.05, print, name)
    await asyncio.gather(*(napper(n, 0.1) for n in ("n1", "n2", "n3")))
    t = asyncio.create_task(napper("late", 0.2))
    await asyncio.sleep(0.2)
    print("main woke")
    await t

asyncio.run(main())
