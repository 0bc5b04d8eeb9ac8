# rule: a cancelled Handle or TimerHandle is skipped; cancel is idempotent and cancelled() reports it
import asyncio

ran = []


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(ran.append, "soon-1")
    h2 = loop.call_soon(ran.append, "soon-2")
    t1 = loop.call_later(0.02, ran.append, "later-20ms")
    t2 = loop.call_later(0.03, ran.append, "later-30ms")
    h2.cancel()
    h2.cancel()
    t1.cancel()
    print("h1 cancelled:", h1.cancelled(), "h2 cancelled:", h2.cancelled())
    print("t1 cancelled:", t1.cancelled(), "t2 cancelled:", t2.cancelled())
    await asyncio.sleep(0.05)
    print("ran:", ran)
    t2.cancel()
    print("cancel after it ran:", t2.cancelled())


asyncio.run(main())
