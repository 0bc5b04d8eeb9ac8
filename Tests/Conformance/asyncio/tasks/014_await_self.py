# rule: a task awaiting itself gets RuntimeError('Task cannot await on itself: ...') thrown into it
import asyncio


async def main():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print(type(e).__name__, str(e).split(":")[0])
        print("message names the task:", "name='Task-1'" in str(e))
    print("main continues")
    return "ok"


print(asyncio.run(main()))
