# rule: asyncio.run's shutdown_asyncgens closes every async generator still suspended, each in its own task through gather; finished ones and unstarted ones are left alone
import asyncio

kept = []
log = []


async def ticker(name, stop=None):
    try:
        n = 0
        while stop is None or n < stop:
            await asyncio.sleep(0.01)
            yield f"{name}{n}"
            n += 1
    finally:
        # The survivors are closed in the order of the loop's WeakSet (addresses): sort.
        log.append(f"{name} finally, in main task: {asyncio.current_task().get_name() == 'Task-1'}")


async def main():
    a, b, c, d = ticker("a"), ticker("b"), ticker("c", stop=1), ticker("d")
    kept.extend([a, b, c, d])
    print(await a.__anext__(), await b.__anext__(), await b.__anext__())
    async for item in c:
        print("c yields", item)
    print("main returns; d was never started")
    return "result"


print(asyncio.run(main()))
print("\n".join(sorted(log)))
print("after run")
