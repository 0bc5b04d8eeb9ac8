# rule: tutorial equivalent (seed 004, concurrent tasks): gather of two coroutines with different sleeps
import asyncio


async def first_job():
    print("Job 1 started")
    await asyncio.sleep(0.1)
    print("Job 1 finished")


async def second_job():
    print("Job 2 started")
    await asyncio.sleep(0.2)
    print("Job 2 finished")


async def main():
    await asyncio.gather(first_job(), second_job())

asyncio.run(main())
