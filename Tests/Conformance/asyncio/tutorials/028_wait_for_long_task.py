# rule: tutorial equivalent (seed 004, timeout control): wait_for gives up on a long task and asyncio.TimeoutError is caught
import asyncio


async def slow_job():
    await asyncio.sleep(1.0)
    print("Job finished")


async def main():
    try:
        await asyncio.wait_for(slow_job(), timeout=0.5)
    except asyncio.TimeoutError:
        print("Job timed out")

asyncio.run(main())
