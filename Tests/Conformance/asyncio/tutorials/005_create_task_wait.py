# rule: tutorial equivalent (seed 000): tasks made with create_task and awaited with asyncio.wait overlap; total is the longest sleep
import asyncio
import time


async def alice():
    print("Alice here")
    await asyncio.sleep(0.3)
    print("Alice here")


async def bob():
    print("Bob here")
    await asyncio.sleep(0.2)
    print("Bob here")


async def carol():
    print("Carol here")
    await asyncio.sleep(0.4)
    print("Carol here")


async def main():
    jobs = [
        asyncio.create_task(alice()),
        asyncio.create_task(bob()),
        asyncio.create_task(carol()),
    ]
    await asyncio.wait(jobs)


if __name__ == '__main__':
    t1 = time.time()
    asyncio.run(main())
    t2 = time.time()
    print(round(t2 - t1, 1))
