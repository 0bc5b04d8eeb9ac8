# rule: the locals of a frame that raised live as long as the exception's traceback: a coroutine left in such a local warns "never awaited" where the exception is dropped (the end of the except block, rebinding the variable that kept it, dropping the task that holds it), not where its frame failed
import asyncio


async def helper(tag):
    return tag


def parse(text):
    pending = helper("parse")
    return int(text)


def check():
    try:
        parse("x1")
    except ValueError as e:
        print("caught:", e)
        print("still handling")
    print("after the except block")


check()

saved = None


def keep():
    global saved
    try:
        parse("x2")
    except ValueError as e:
        saved = e


keep()
print("kept:", saved)
saved = None
print("dropped the kept exception")


async def worker():
    pending = helper("worker")
    await asyncio.sleep(0.01)
    raise RuntimeError("worker failed")


async def main():
    t = asyncio.create_task(worker())
    try:
        await t
    except RuntimeError as e:
        print("main caught:", e)
    await asyncio.sleep(0)
    print("the task still holds it:", repr(t.exception()))
    t = None
    print("dropped the task")
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
print("end")
