# rule: a child cancelled by someone else makes await gather raise CancelledError in a task that is not itself being cancelled
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    a = asyncio.create_task(job(0.05))
    b = asyncio.create_task(job(0.1))
    asyncio.get_running_loop().call_later(0.02, b.cancel)
    try:
        await asyncio.gather(a, b)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("gather raised CancelledError; main cancelling() =", me.cancelling())
    print("a still running:", not a.done())
    print("a result later:", await a)
    print("main continues normally")


asyncio.run(main())
