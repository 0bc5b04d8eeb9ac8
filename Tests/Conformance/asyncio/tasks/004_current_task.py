# rule: current_task() returns the task running the code; outside a running loop it raises RuntimeError
import asyncio


async def whoami(tag):
    me = asyncio.current_task()
    print(tag, "runs in", me.get_name())
    await asyncio.sleep(0)
    print(tag, "still in", asyncio.current_task().get_name(), me is asyncio.current_task())


async def main():
    await whoami("direct await")
    await asyncio.create_task(whoami("child task"), name="child")
    await asyncio.gather(whoami("gathered"))


try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside loop:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside loop:", e)
asyncio.run(main())
