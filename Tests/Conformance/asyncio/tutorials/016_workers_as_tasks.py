# rule: tutorial equivalent (seeds 002 and 003, %time): the same workers as tasks start together; main prints between their completions
import asyncio


async def chef_a():
    print('chef_a start')
    await asyncio.sleep(0.1)
    print('chef_a done')


async def chef_b():
    print('chef_b start')
    await asyncio.sleep(0.2)
    print('chef_b done')


async def main():
    job_a = asyncio.create_task(chef_a())
    job_b = asyncio.create_task(chef_b())
    print('before await')
    await job_a
    print('awaited chef_a')
    await job_b
    print('awaited chef_b')


asyncio.run(main())
