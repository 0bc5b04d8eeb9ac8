# rule: cancelling many timers leaves them in the heap until purged; the remaining timers still fire in order
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    handles = [loop.call_later(0.01 * (i % 7 + 1), fired.append, i) for i in range(150)]
    for i, h in enumerate(handles):
        if i % 3 != 0:
            h.cancel()
    await asyncio.sleep(0.1)
    print("fired count:", len(fired))
    print("first ten:", fired[:10])
    print("all multiples of 3:", all(i % 3 == 0 for i in fired))
    print("delay groups in order:", [i % 7 for i in fired] == sorted(i % 7 for i in fired))


asyncio.run(main())
