# rule: 3.11 wait_for: if the caller is cancelled after the inner task already finished, the result is returned and the cancellation is swallowed
import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return 42


async def caller(box):
    inner = asyncio.create_task(compute())
    box["inner"] = inner
    value = await asyncio.wait_for(inner, timeout=1)
    me = asyncio.current_task()
    print("wait_for returned", value, "; cancelling() =", me.cancelling())
    await asyncio.sleep(0.01)
    print("caller finished normally")
    return value


async def main():
    box = {}
    t = asyncio.create_task(caller(box))
    await asyncio.sleep(0)
    box["inner"].add_done_callback(lambda _: print("cancel() ->", t.cancel()))
    print("result:", await t, "cancelled:", t.cancelled())


asyncio.run(main())
