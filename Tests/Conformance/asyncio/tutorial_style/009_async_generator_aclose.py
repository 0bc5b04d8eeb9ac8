# rule: an async generator's finally runs on exhaustion and on aclose(); asend and athrow resume it
import asyncio


async def paginate(total, page_size):
    page = 0
    try:
        while page * page_size < total:
            await asyncio.sleep(0.02)
            start = page * page_size
            yield list(range(start, min(start + page_size, total)))
            page += 1
    finally:
        print(f"  paginate: released after {page} page(s)")


async def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        total += value
        count += 1
        avg = total / count


async def main():
    async for page in paginate(7, 3):
        print("page", page)
    gen = paginate(100, 10)
    first = await gen.__anext__()
    print("first page len", len(first))
    await gen.aclose()
    print("after aclose:", await anext(gen, "nothing"))

    avg = averager()
    await avg.asend(None)
    for v in (10, 20, 60):
        print("avg ->", await avg.asend(v))
    print("after throw:", await avg.athrow(ValueError("bad sensor")))
    print("avg ->", await avg.asend(5))
    await avg.aclose()
    try:
        await avg.asend(1)
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")


asyncio.run(main())
