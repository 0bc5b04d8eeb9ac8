# rule: a coroutine kept alive until interpreter exit warns at shutdown as 'sys:1: RuntimeWarning' without a source line
import asyncio


async def main():
    print("main runs")


pending = main()
asyncio.run(main())
print("end of module")
