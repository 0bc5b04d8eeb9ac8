# rule: when one gathered coroutine fails, the caller gets the error at once while the siblings keep running
import asyncio

finished = []


async def step(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} crashed")
    finished.append(name)
    print(f"  {name} finished")
    return name


async def main():
    try:
        await asyncio.gather(step("quick", 0.01), step("bad", 0.03, fail=True), step("slow", 0.08),
                             asyncio.gather(step("nested-a", 0.05), step("nested-b", 0.1)))
    except RuntimeError as e:
        print("gather raised:", e, "| finished so far:", finished)
    await asyncio.sleep(0.12)
    print("after waiting:", finished)
    results = await asyncio.gather(step("x", 0.01), asyncio.sleep(0.02, result="slept"))
    print(results)
    print(await asyncio.gather())


asyncio.run(main())
