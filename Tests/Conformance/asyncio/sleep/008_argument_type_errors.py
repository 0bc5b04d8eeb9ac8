# rule: sleep() and wait_for() check their delay/timeout with '<= 0' when the coroutine runs, not when it is created; wait_for leaves its coroutine unawaited (reported when the error is dropped)
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    try:
        await asyncio.wait_for(step(3), timeout="soon")
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)
    pending = asyncio.sleep(None)
    print("made, not awaited yet")
    try:
        await pending
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.wait_for(step(4), timeout=None))
    await asyncio.sleep([1])


asyncio.run(main())
