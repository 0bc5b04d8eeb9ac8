# rule: with return_exceptions=True a cancelled Task appears as CancelledError('') (its message is lost), a cancelled Future keeps its message
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    f = loop.create_future()
    done = asyncio.create_task(asyncio.sleep(0.01, "ok"))
    loop.call_later(0.02, t.cancel, "task message")
    loop.call_later(0.03, f.cancel, "future message")
    results = await asyncio.gather(t, f, done, return_exceptions=True)
    for r in results:
        print(repr(r))
    print([str(r) for r in results])


asyncio.run(main())
