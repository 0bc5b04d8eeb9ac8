# rule: progress reporting with as_completed: k/n messages in completion order while the total time is the slowest task
import asyncio


async def convert(video, seconds):
    await asyncio.sleep(seconds)
    return video


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    jobs = {"intro.mp4": 0.1, "talk.mp4": 0.3, "outro.mp4": 0.2, "teaser.mp4": 0.05}
    tasks = [asyncio.create_task(convert(v, s)) for v, s in jobs.items()]
    for k, fut in enumerate(asyncio.as_completed(tasks), 1):
        video = await fut
        print(f"[{k}/{len(tasks)}] {video} converted")
    print(f"all converted in {loop.time() - start:.1f}s")


asyncio.run(main())
