# rule: when main raises, leftover tasks are still cancelled and cleaned up before the exception propagates out of run
import asyncio


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        print("background cleaned up")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.01)
    raise LookupError("record 7 not found")


try:
    asyncio.run(main())
except LookupError as e:
    print("run raised:", repr(e))
