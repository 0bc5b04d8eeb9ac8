# rule: an exception raised in a to_thread worker surfaces at the await with the thread's frames
import asyncio
import time


def parse_file(name, lines):
    time.sleep(0.02)
    return [int(x) for x in lines]


async def main():
    numbers = await asyncio.to_thread(parse_file, "ok.txt", ["1", "2", "3"])
    print("parsed:", numbers)
    try:
        await asyncio.to_thread(parse_file, "bad.txt", ["4", "five"])
    except ValueError as e:
        print("caught in loop:", e)
    await asyncio.to_thread(parse_file, "worse.txt", ["x"])


asyncio.run(main())
