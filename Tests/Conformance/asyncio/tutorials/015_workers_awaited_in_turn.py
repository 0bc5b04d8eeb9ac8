# rule: tutorial equivalent (seeds 002 and 003, %time): awaiting worker coroutines directly runs them sequentially
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
    print('before await')
    await chef_a()
    print('awaited chef_a')
    await chef_b()
    print('awaited chef_b')


asyncio.run(main())
