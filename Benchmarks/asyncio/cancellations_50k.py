# 50k tasks cancelled while sleeping.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        raise

async def main():
    tasks = [asyncio.create_task(sleeper()) for _ in range(50_000)]
    await asyncio.sleep(0)
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(isinstance(r, asyncio.CancelledError) for r in results))

asyncio.run(main())
