# rule: an uncaught TaskGroup failure prints an exception group traceback with each sub-exception's frames
import asyncio


async def parse(text):
    await asyncio.sleep(0)
    return int(text)


async def lookup(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12x"))
        tg.create_task(lookup("b"))


asyncio.run(main())
