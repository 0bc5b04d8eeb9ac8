# rule: wait_for and asyncio.timeout cancel a slow operation and raise TimeoutError
import asyncio


async def slow_query(name, seconds):
    try:
        await asyncio.sleep(seconds)
        return f"{name}: rows"
    except asyncio.CancelledError:
        print(f"  {name} cancelled, rolling back")
        raise
    finally:
        print(f"  {name} closed cursor")


async def main():
    print(await asyncio.wait_for(slow_query("fast", 0.05), timeout=0.2))
    try:
        await asyncio.wait_for(slow_query("slow", 1), timeout=0.1)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, repr(e), e.__class__ is TimeoutError)

    try:
        async with asyncio.timeout(0.12) as cm:
            print("deadline set:", cm.when() is not None)
            await slow_query("report", 0.5)
    except TimeoutError:
        print("timeout() expired:", cm.expired())

    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.03)
        cm.reschedule(asyncio.get_running_loop().time() + 0.5)
        result = await slow_query("resched", 0.04)
    print(result, "expired:", cm.expired())

    for limit in (0.02, 0.06):
        try:
            value = await asyncio.wait_for(slow_query(f"probe{limit}", 0.04), limit)
            print("got", value)
        except TimeoutError:
            print(f"probe with limit {limit} gave up")


asyncio.run(main())
