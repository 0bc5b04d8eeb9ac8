# asyncio.run shutdown: leftover tasks are cancelled and their cleanup runs (§18).
import asyncio

async def worker(name):
    try:
        print(f"{name} waiting")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cleanup start")
        await asyncio.sleep(0.1)
        print(f"{name} cleanup end")
        raise
    finally:
        print(f"{name} finally")

async def main():
    asyncio.create_task(worker("w1"))
    await asyncio.sleep(0.1)
    print("main returns")
    return 7

print(asyncio.run(main()))
