# rule: add_done_callback on tasks runs once each task finishes, in completion order, before the awaiting code resumes
import asyncio


async def download(url, delay):
    await asyncio.sleep(delay)
    return f"<html>{url}</html>"


async def main():
    sizes = {}

    def record(task):
        sizes[task.get_name()] = len(task.result())
        print("callback:", task.get_name(), len(task.result()))

    specs = [("example.com/long", 0.06), ("example.com/a", 0.02), ("example.com/mid", 0.04)]
    tasks = []
    for url, delay in specs:
        t = asyncio.create_task(download(url, delay), name=url)
        t.add_done_callback(record)
        tasks.append(t)
    await asyncio.gather(*tasks)
    print("main resumed; sizes:", sizes)


asyncio.run(main())
