# rule: a manually created loop: run_until_complete wraps a coroutine in a task, returns its result, and the loop can run several of them
import asyncio


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running before:", loop.is_running())
r1 = loop.run_until_complete(add(1, 2))
print("first result:", r1)
fut = loop.create_future()
loop.call_soon(fut.set_result, "from callback")
print("future result:", loop.run_until_complete(fut))
task = loop.create_task(add(10, 20))
print("task done before run:", task.done())
print("task result:", loop.run_until_complete(task))
print("task done after run:", task.done(), task.result())
try:
    loop.run_until_complete(add("a", 1))
except TypeError as e:
    print("TypeError:", e)
loop.close()
try:
    loop.run_until_complete(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
