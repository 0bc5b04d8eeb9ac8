# rule: an exception raised in a to_thread function is re-raised by the await in the coroutine
import asyncio
import time


def parse_config(text):
    time.sleep(0.05)
    if "=" not in text:
        raise ValueError(f"bad line: {text!r}")
    key, value = text.split("=")
    return {key: value}


async def main():
    print(await asyncio.to_thread(parse_config, "debug=1"))
    try:
        await asyncio.to_thread(parse_config, "oops")
    except ValueError as e:
        print("caught from thread:", e)
    results = await asyncio.gather(asyncio.to_thread(parse_config, "a=1"), asyncio.to_thread(parse_config, "b"),
                                   return_exceptions=True)
    print(results)


asyncio.run(main())
