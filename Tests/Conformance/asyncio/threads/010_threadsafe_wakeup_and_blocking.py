# rule: call_soon_threadsafe queues its handle at once (FIFO with call_soon, no extra loop pass: the self-pipe's reader runs in the same pass); a worker thread that finishes while the loop's thread blocks queues its result at that instant — ahead of callbacks queued after the block and of the timers due then — so awaiting it afterwards does not suspend
import asyncio
import time

passes = 0


def tick(loop, left):
    global passes
    passes += 1
    if left > 1:
        loop.call_soon(tick, loop, left - 1)


async def fifo():
    loop = asyncio.get_running_loop()
    loop.call_soon(tick, loop, 10)
    order = []
    loop.call_soon(order.append, "soon 1")
    loop.call_soon_threadsafe(order.append, "threadsafe")
    loop.call_soon(order.append, "soon 2")
    loop.call_soon_threadsafe(lambda: order.append(f"threadsafe at pass {passes}"))
    await asyncio.sleep(0)
    print("order:", order, "after", passes, "pass(es)")
    await asyncio.sleep(0)
    print("main back after", passes, "passes")


async def held():
    loop = asyncio.get_running_loop()
    f1 = loop.run_in_executor(None, time.sleep, 0.02)
    f1.add_done_callback(lambda f: print("  f1 done callback"))
    f2 = asyncio.ensure_future(asyncio.to_thread(time.sleep, 0.06))
    await asyncio.sleep(0)
    loop.call_later(0.04, lambda: print("  timer: f1", f1.done(), "f2", f2.done()))
    loop.call_soon(lambda: print("  queued before the block: f1", f1.done()))
    time.sleep(0.1)
    loop.call_soon(lambda: print("  queued after the block: f1", f1.done()))
    await asyncio.sleep(0)
    print("  main resumed: f1", f1.done(), "f2", f2.done())
    print("  f1 gave", await f1)
    print("  f2 gave", await f2)


async def idle():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, time.sleep, 0.03)
    loop.call_later(0.05, lambda: print("  timer after the thread: done", fut.done()))
    fut.add_done_callback(lambda f: print("  completion wakes the idle loop"))
    print("  awaited:", await fut)
    await asyncio.sleep(0.03)


asyncio.run(fifo())
print("held:")
asyncio.run(held())
print("idle:")
asyncio.run(idle())
