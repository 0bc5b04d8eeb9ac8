# rule: wait_for(shield(task)) times out without cancelling the task, which can be awaited again later
import asyncio


async def generate_report(loop, start):
    await asyncio.sleep(0.2)
    print(f"report ready at {loop.time() - start:.1f}")
    return "report.pdf"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(generate_report(loop, start))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except TimeoutError:
        print(f"timed out at {loop.time() - start:.1f}; task cancelled? {task.cancelled()}")
    print("got", await task)


asyncio.run(main())
