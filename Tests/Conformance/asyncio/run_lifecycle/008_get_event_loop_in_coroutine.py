# rule: inside a coroutine get_event_loop() and get_running_loop() return the running loop; is_running() is True
import asyncio


async def main():
    a = asyncio.get_event_loop()
    b = asyncio.get_running_loop()
    print("same loop:", a is b, "running:", b.is_running(), "closed:", b.is_closed())
    return b


loop = asyncio.run(main())
print("after run: running", loop.is_running(), "closed", loop.is_closed())
