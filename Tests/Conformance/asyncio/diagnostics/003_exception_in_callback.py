# rule: an exception escaping a call_soon callback is logged as 'Exception in callback ...' with the handle and traceback; the loop continues
import asyncio


def parse_reading(raw):
    value = int(raw)
    print("reading", value)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(parse_reading, "42")
    loop.call_soon(parse_reading, "4x2")
    loop.call_soon(parse_reading, "7")
    await asyncio.sleep(0.01)
    print("loop survived")


asyncio.run(main())
