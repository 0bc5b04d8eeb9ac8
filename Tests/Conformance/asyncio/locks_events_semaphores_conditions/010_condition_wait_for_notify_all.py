# rule: Condition.wait_for(predicate) re-checks after every notify_all and returns the predicate's value
import asyncio


async def waiter(name, cond, state, target):
    async with cond:
        value = await cond.wait_for(lambda: state["level"] >= target and state["level"])
        print(f"{name} saw level {value} (needed {target})")


async def main():
    cond = asyncio.Condition()
    state = {"level": 0}
    waiters = [asyncio.create_task(waiter(n, cond, state, t)) for n, t in (("low", 1), ("high", 3), ("mid", 2))]
    for level in (1, 2, 3):
        await asyncio.sleep(0.02)
        async with cond:
            state["level"] = level
            print("level ->", level)
            cond.notify_all()
    await asyncio.gather(*waiters)


asyncio.run(main())
