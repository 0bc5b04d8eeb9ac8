# rule: without return_exceptions the first failure is raised by await gather at once; the other children keep running
import asyncio

log = []


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    log.append(name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    children = [asyncio.create_task(step("a", 0.01)), asyncio.create_task(step("b", 0.03, fail=True)),
                asyncio.create_task(step("c", 0.06))]
    try:
        await asyncio.gather(*children)
    except RuntimeError as e:
        print("gather raised:", e, "completed so far:", log)
    print("c cancelled?", children[2].cancelled(), "done?", children[2].done())
    await asyncio.sleep(0.05)
    print("later:", log, f"t={loop.time() - start:.1f}")


asyncio.run(main())
