# rule: a task cancelled before its first step never runs any line of its body, not even try/finally, and no never-awaited warning appears
import asyncio


async def job():
    try:
        print("job body ran")
        await asyncio.sleep(0.01)
    finally:
        print("job finally ran")


async def main():
    t = asyncio.create_task(job())
    t.cancel()
    print("cancelled before first step; done?", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError; cancelled():", t.cancelled())
    t2 = asyncio.create_task(job())
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("second job was cancelled after it started")


asyncio.run(main())
