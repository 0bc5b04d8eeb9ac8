# rule: Timeout misuse errors: entering twice, rescheduling before entering or after expiry
import asyncio


async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("before enter:", e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("re-enter:", e)
    try:
        async with asyncio.timeout(0.01) as late:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    try:
        late.reschedule(None)
    except RuntimeError as e:
        print("after expiry:", e)
    try:
        asyncio.timeout(1).when()
        print("when() before entering works")
    except RuntimeError as e:
        print(e)


asyncio.run(main())
