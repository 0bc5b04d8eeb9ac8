# rule: TimerHandle.when() is the absolute deadline (loop.time() + delay); call_at uses the given time
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    h = loop.call_at(now + 0.25, print, "never printed")
    print("when - now:", round(h.when() - now, 2))
    h2 = loop.call_later(0.5, print, "never printed either")
    print("call_later deadline is at least now + 0.5:", h2.when() >= now + 0.5)
    print("h < h2:", h < h2, " h2 > h:", h2 > h)
    h.cancel()
    h2.cancel()
    await asyncio.sleep(0.01)
    print("cancelled timers did not run")


asyncio.run(main())
