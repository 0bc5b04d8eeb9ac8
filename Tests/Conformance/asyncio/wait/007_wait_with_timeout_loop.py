# rule: repeated wait(timeout=) calls act as a heartbeat while long tasks run; the timeout timer never cancels them
import asyncio


async def backup(loop, start):
    await asyncio.sleep(0.35)
    return "backup complete"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(backup(loop, start))
    beats = 0
    while True:
        done, _ = await asyncio.wait([task], timeout=0.1)
        if done:
            break
        beats += 1
        print(f"still working... ({beats}) at {loop.time() - start:.1f}")
    print(task.result(), f"after {beats} heartbeats")


asyncio.run(main())
