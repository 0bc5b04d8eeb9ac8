# rule: shield of an already-done future returns that future itself; of a pending one, a new outer future
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print("same object:", asyncio.shield(done) is done)
    pending = loop.create_future()
    outer = asyncio.shield(pending)
    print("new outer:", outer is not pending, type(outer).__name__)
    loop.call_later(0.01, pending.set_result, "later")
    print(await outer)
    t = asyncio.create_task(asyncio.sleep(0.01, "task value"))
    print(await asyncio.shield(t))


asyncio.run(main())
