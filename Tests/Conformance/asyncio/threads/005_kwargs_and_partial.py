# rule: to_thread forwards positional and keyword arguments; run_in_executor needs functools.partial for keywords
import asyncio
import functools
import time


def resize(path, *, width, height=100):
    time.sleep(0.03)
    return f"{path} -> {width}x{height}"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(resize, "a.png", width=64))
    print(await asyncio.to_thread(resize, "b.png", width=32, height=16))
    print(await loop.run_in_executor(None, functools.partial(resize, "c.png", width=8)))
    try:
        await loop.run_in_executor(None, resize, "d.png", 8)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
