# rule: wait_for(queue.get(), t) gives up with TimeoutError when no item arrives; a cancelled getter leaves no stale waiter
import asyncio


async def main():
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.15, q.put_nowait, "late item")
    for attempt in range(3):
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.1)
            print("got", item)
            break
        except TimeoutError:
            print(f"attempt {attempt + 1}: no item yet; {q}")


asyncio.run(main())
