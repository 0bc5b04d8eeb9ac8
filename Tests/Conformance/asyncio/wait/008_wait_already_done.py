# rule: wait() on tasks that are already done still costs iterations, returns them all in done, and accepts futures
import asyncio


async def quick(n):
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(quick(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("all done before wait:", all(t.done() for t in tasks))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future ok")
    done, pending = await asyncio.wait([fut, tasks[0]], timeout=1)
    print(len(done), len(pending), fut.result())


asyncio.run(main())
