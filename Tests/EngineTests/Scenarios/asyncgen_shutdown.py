# An async generator left suspended and still referenced is closed by asyncio.run's
# shutdown_asyncgens (its finally runs after main returns; aclose() becomes a Task) (§18.5b).
import asyncio

async def agen():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finally")

keep = []

async def main():
    g = agen()
    keep.append(g)
    async for x in g:
        print("got", x)
        if x == 2:
            break
    print("main done")

asyncio.run(main())
print("after run")
