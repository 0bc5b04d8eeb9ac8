# rule: a loop that is closed refuses create_task, run_forever and run_until_complete with RuntimeError; the refused coroutine is reported never awaited once the error is dropped
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2


loop = asyncio.new_event_loop()
print("result:", loop.run_until_complete(compute(21)))
loop.close()
print("closed:", loop.is_closed())
try:
    loop.create_task(compute(1))
except RuntimeError as e:
    print("create_task:", e)
    saved = e
print("the error is still referenced")
del saved
print("dropped it")
try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever:", e)
loop.run_until_complete(compute(2))
