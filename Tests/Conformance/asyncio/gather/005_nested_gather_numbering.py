# rule: argument evaluation order decides Task-N numbering: a nested gather creates its tasks before the outer wraps its coroutines
import asyncio


async def who(tag):
    print(tag, "runs as", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return tag


async def main():
    result = await asyncio.gather(who("outer-1"), asyncio.gather(who("inner-1"), who("inner-2")), who("outer-2"))
    print(result)


asyncio.run(main())
