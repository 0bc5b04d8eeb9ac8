# rule: call_soon/call_later callbacks with functools.partial run in time order; handles can be cancelled
import asyncio
import functools


def remind(log, who, what):
    log.append(f"{who}: {what}")


async def main():
    loop = asyncio.get_running_loop()
    log = []
    t0 = loop.time()
    loop.call_later(0.05, remind, log, "ann", "stand-up")
    loop.call_later(0.01, functools.partial(remind, log, "bob", what="coffee"))
    h = loop.call_later(0.03, remind, log, "cyd", "cancelled meeting")
    loop.call_soon(remind, log, "sys", "started")
    at = loop.call_at(t0 + 0.07, remind, log, "dan", "lunch")
    print("when matches:", round(at.when() - t0, 2))
    h.cancel()
    print("cancelled:", h.cancelled(), "| pending log:", log)
    await asyncio.sleep(0)
    print("after one iteration:", log)
    await asyncio.sleep(0.1)
    for line in log:
        print(" ", line)
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "timer result")
    print(await fut)
    p = functools.partial(remind, log, "eve")
    print(p.func is remind, p.args[1:], p.keywords)


asyncio.run(main())
