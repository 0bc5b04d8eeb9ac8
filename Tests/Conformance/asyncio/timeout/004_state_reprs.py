# rule: Timeout repr shows its state: created, expired, finished (the active state shows an absolute time and is not printed)
import asyncio


async def main():
    cm = asyncio.timeout(0.05)
    print(repr(cm))
    try:
        async with cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm))
    cm2 = asyncio.timeout(1)
    async with cm2:
        pass
    print(repr(cm2))
    print("expired:", cm.expired(), cm2.expired())


asyncio.run(main())
