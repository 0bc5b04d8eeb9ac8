# rule: wait() argument errors: a bare future or coroutine, an empty list, coroutines inside the list, bad return_when
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    attempts = [
        ("bare task", lambda: asyncio.wait(t)),
        ("empty list", lambda: asyncio.wait([])),
        ("bad return_when", lambda: asyncio.wait([t], return_when="SOMETIMES")),
    ]
    for label, make in attempts:
        try:
            await make()
        except (TypeError, ValueError) as e:
            print(f"{label}: {type(e).__name__}: {e}")
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("coroutine in list: TypeError:", e)
    c.close()
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await t


asyncio.run(main())
