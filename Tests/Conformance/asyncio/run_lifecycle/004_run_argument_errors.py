# rule: asyncio.run rejects non-coroutines with ValueError; a coroutine passed to a nested run is left unawaited
import asyncio


async def job():
    return 1


for bad in (42, "main", None):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    asyncio.run(job)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
print(asyncio.run(job()))
