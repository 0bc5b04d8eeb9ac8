# rule: a task whose coroutine never ran, left on a closed loop, dies at exit: logged as destroyed pending (coroutine shown running at its def line), then its coroutine "was never awaited" at sys:1
import asyncio


async def never_started(n):
    print("never printed", n)


loop = asyncio.new_event_loop()
queued = loop.create_task(never_started(1))
print("pending:", queued.get_name(), queued.done())
loop.close()
print("loop closed:", loop.is_closed())
