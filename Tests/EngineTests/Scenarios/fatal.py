# KeyboardInterrupt raised inside a task escapes the loop at once; asyncio.run still
# cancels the leftovers — one that never started runs no line — then re-raises (§4.2, §18).
import asyncio

async def other():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("other cancelled at shutdown")
        raise

async def bystander():
    await asyncio.sleep(0.2)
    print("bystander never finishes")

async def boom():
    await asyncio.sleep(0.1)
    raise KeyboardInterrupt

async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    asyncio.create_task(bystander())
    await t

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped")
