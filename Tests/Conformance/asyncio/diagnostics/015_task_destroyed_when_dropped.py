# rule: a pending task dies when its last reference goes: loop.close() drops the tasks of its ready queue (logged "Task was destroyed but it is pending!" at once, coroutine shown suspended, its finally runs then), a task a variable still holds dies at del (its unstarted coroutine then warns "never awaited" at that line); a task waiting on a future only it holds is a reference cycle that asyncio.run's shutdown cancels
import asyncio


async def spin(name):
    try:
        while True:
            await asyncio.sleep(0)
    finally:
        print("  finally of", name)


async def never(name):
    print("never printed", name)


async def first(loop):
    loop.create_task(spin("spinner"), name="spinner")
    await asyncio.sleep(0)
    print("first done")


loop = asyncio.new_event_loop()
loop.run_until_complete(first(loop))
print("closing the loop")
loop.close()
print("loop closed")

loop2 = asyncio.new_event_loop()
kept = loop2.create_task(never("kept"), name="kept")
loop2.create_task(never("unreferenced"), name="unreferenced")
loop2.close()
print("second loop closed; kept pending:", not kept.done())
del kept
print("after del kept")


async def waiter():
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    finally:
        print("  finally of waiter")


async def short(n):
    await asyncio.sleep(0.01)
    print("  short", n, "ran anyway")


async def main():
    t = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)
    del t
    print("dropped the waiting task")
    try:
        await asyncio.gather(short(1), 5)
    except TypeError as e:
        print("gather refused:", e)
    await asyncio.sleep(0.02)
    print("main end")


asyncio.run(main())
print("end")
