# rule: a callback that reschedules itself with call_later makes a periodic timer; stop by cancelling the last handle
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    state = {"count": 0, "handle": None}

    def beat():
        state["count"] += 1
        print(f"beat {state['count']} at {loop.time() - start:.1f}")
        state["handle"] = loop.call_later(0.1, beat)

    state["handle"] = loop.call_later(0.1, beat)
    await asyncio.sleep(0.35)
    state["handle"].cancel()
    print("stopped after", state["count"], "beats")
    await asyncio.sleep(0.1)
    print("still", state["count"], "beats")


asyncio.run(main())
