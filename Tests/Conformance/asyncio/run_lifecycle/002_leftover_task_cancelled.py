# rule: at the end of asyncio.run a task still pending is cancelled and its cleanup runs before run() returns
import asyncio


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.03)
            print("beat")
    except asyncio.CancelledError:
        print("heartbeat cancelled at shutdown")
        raise
    finally:
        print("heartbeat finally")


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(0.1)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
