# Done callbacks and the end of main: user callbacks and awaiting tasks wake in registration
# order; remove_done_callback counts; a task that cancels itself and then awaits gets
# CancelledError one pass later; handles queued in main's last pass still run before
# asyncio.run returns, later ones run during shutdown (§2, §5, §7, §18).
import asyncio

async def waiter(fut, name):
    await fut
    print(f"{name} woke")

def cb(name):
    def inner(f):
        print(f"callback {name}")
    return inner

async def selfcancel(fut):
    asyncio.current_task().cancel("me")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("selfcancel got", repr(e), fut.cancelled())
        raise

def chain(loop, n):
    print(f"chain {n}")
    if n < 3:
        loop.call_soon(chain, loop, n + 1)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb("A"))
    t1 = asyncio.create_task(waiter(fut, "t1"))
    await asyncio.sleep(0)
    b = cb("B")
    fut.add_done_callback(b)
    fut.add_done_callback(b)
    t2 = asyncio.create_task(waiter(fut, "t2"))
    await asyncio.sleep(0)
    fut.add_done_callback(cb("C"))
    print("removed", fut.remove_done_callback(b))
    fut.add_done_callback(b)
    fut.set_result(1)
    await asyncio.gather(t1, t2)
    print("after set: removed", fut.remove_done_callback(b))
    fut.add_done_callback(cb("late"))
    await asyncio.sleep(0)
    f2 = loop.create_future()
    s = asyncio.create_task(selfcancel(f2))
    await asyncio.gather(s, return_exceptions=True)
    print("selfcancel cancelled", s.cancelled())
    loop.call_soon(chain, loop, 1)
    print("main returns")

asyncio.run(main())
print("after run")
