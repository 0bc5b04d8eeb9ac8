# rule: run_in_executor and to_thread run blocking time.sleep calls in threads while the loop keeps going
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def resize_image(name, seconds):
    time.sleep(seconds)
    return f"{name}-thumb"


def checksum(data):
    time.sleep(0.05)
    return sum(data) % 251


async def spinner(stop, ticks):
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    ticks = []
    spin = asyncio.create_task(spinner(stop, ticks))
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, resize_image, n, s)
                for n, s in [("cat", 0.11), ("dog", 0.07), ("owl", 0.03)]]
        thumbs = await asyncio.gather(*jobs)
    print("thumbs:", thumbs)
    total = await asyncio.to_thread(checksum, bytes(range(40)))
    print("checksum:", total)
    default = await loop.run_in_executor(None, resize_image, "fox", 0.01)
    print("default executor:", default)
    stop.set()
    await spin
    print("spinner kept running:", len(ticks) > 5)


asyncio.run(main())
