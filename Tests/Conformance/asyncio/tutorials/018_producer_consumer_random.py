# rule: tutorial equivalent (seed 002, %time): two producers and two consumers share a Queue; unseeded random starts as seed(0)
# record-env: LOOPLAB_RANDOM_SEED=0
import asyncio
import random


async def eater(queue, name):
    while True:
        item = await queue.get()
        print('{} ate: {}'.format(name, item))
        await asyncio.sleep(0.1)


async def baker(queue, name):
    for _ in range(5):
        item = random.randint(1, 10)
        await queue.put(item)
        print('{} baked: {}'.format(name, item))
        await asyncio.sleep(0.1)


async def main():
    queue = asyncio.Queue()

    eater_1 = asyncio.create_task(eater(queue, 'eater_1'))
    eater_2 = asyncio.create_task(eater(queue, 'eater_2'))

    baker_1 = asyncio.create_task(baker(queue, 'baker_1'))
    baker_2 = asyncio.create_task(baker(queue, 'baker_2'))

    await asyncio.sleep(1)
    eater_1.cancel()
    eater_2.cancel()

    await asyncio.gather(eater_1, eater_2, baker_1, baker_2, return_exceptions=True)


asyncio.run(main())
