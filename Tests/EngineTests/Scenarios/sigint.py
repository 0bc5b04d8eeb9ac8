# Ctrl-C under asyncio.run (3.11 Runner): the first SIGINT cancels the main task, and the
# CancelledError becomes KeyboardInterrupt; a main task that swallows it returns normally;
# leftover tasks are still cancelled at shutdown (§18).
import asyncio, signal

async def other():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("other cancelled at shutdown")
        raise

async def main(swallow):
    loop = asyncio.get_running_loop()
    asyncio.create_task(other())
    loop.call_later(0.1, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled", asyncio.current_task().cancelling())
        if not swallow:
            raise
    return "swallowed"

for swallow in (False, True):
    try:
        print("run returned", asyncio.run(main(swallow)))
    except KeyboardInterrupt:
        print("KeyboardInterrupt")
