# rule: when the main task is cancelled, asyncio.run re-raises CancelledError with a traceback and exit status 1
import asyncio


async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.02, me.cancel)
    print("main waits")
    await asyncio.sleep(1)


asyncio.run(main())
