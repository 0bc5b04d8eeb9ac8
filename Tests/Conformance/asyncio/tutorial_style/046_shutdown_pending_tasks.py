# rule: asyncio.run cancels tasks still pending when main returns and runs their cleanup before returning
import asyncio


async def background(name, period):
    count = 0
    try:
        while True:
            await asyncio.sleep(period)
            count += 1
    except asyncio.CancelledError:
        print(f"{name}: cancelled at shutdown after {count} ticks")
        raise
    finally:
        print(f"{name}: finally")


async def main():
    asyncio.create_task(background("poller", 0.03), name="poller")
    await asyncio.sleep(0.1)
    print("main returns")
    return "result of main"


print(asyncio.run(main()))
print("after run")
