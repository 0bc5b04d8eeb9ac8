# rule: a manually managed loop: run_until_complete several times, shutdown_asyncgens, then close; a closed loop refuses work
import asyncio


async def step(n):
    await asyncio.sleep(0.01)
    return n * 10


loop = asyncio.new_event_loop()
try:
    print([loop.run_until_complete(step(i)) for i in range(3)])
    loop.run_until_complete(loop.shutdown_asyncgens())
    print("asyncgens shut down")
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
