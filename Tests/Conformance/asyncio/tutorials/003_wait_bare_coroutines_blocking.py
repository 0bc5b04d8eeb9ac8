# rule: tutorial equivalent (seed 000): asyncio.run(asyncio.wait([coroutines])) raises TypeError in 3.11; the coroutines are never awaited
import asyncio
import time


async def alice():
    print("Alice here")
    time.sleep(0.3)
    print("Alice here")


async def bob():
    print("Bob here")
    time.sleep(0.2)
    print("Bob here")


async def carol():
    print("Carol here")
    time.sleep(0.4)
    print("Carol here")


if __name__ == '__main__':
    jobs = [alice(), bob(), carol()]
    t1 = time.time()
    asyncio.run(asyncio.wait(jobs))
    t2 = time.time()
    print(round(t2 - t1, 1))
