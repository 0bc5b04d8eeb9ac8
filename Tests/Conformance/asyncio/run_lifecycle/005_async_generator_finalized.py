# rule: an async generator left unfinished is closed by asyncio.run's shutdown_asyncgens; its finally runs then
import asyncio


async def numbers():
    try:
        for i in range(100):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("generator cleanup")


gen_ref = []


async def main():
    gen = numbers()
    gen_ref.append(gen)
    async for n in gen:
        print("got", n)
        if n == 2:
            break
    print("main leaves the loop early")


asyncio.run(main())
print("run returned")
