# rule: tutorial equivalent (seed 002, %time): gather(return_exceptions=True) reports a result, an error and a cancelled task as CancelledError('')
import asyncio


async def step_one():
    await asyncio.sleep(0.1)
    return 1


async def step_two():
    await asyncio.sleep(0.2)
    return 2 / 0


async def step_three():
    await asyncio.sleep(0.3)
    return 3


async def main():
    job_1 = asyncio.create_task(step_one())
    job_2 = asyncio.create_task(step_two())
    job_3 = asyncio.create_task(step_three())

    await asyncio.sleep(0.2)
    job_3.cancel()

    outcome = await asyncio.gather(job_1, job_2, job_3, return_exceptions=True)
    print(outcome)


asyncio.run(main())
