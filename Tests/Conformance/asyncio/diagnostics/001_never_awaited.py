# rule: a coroutine that is created but never awaited warns 'coroutine ... was never awaited' at the line that drops it, once per location
import asyncio


async def send_metric(name):
    await asyncio.sleep(0.01)
    print("sent", name)


async def main():
    for name in ("cpu", "mem", "disk"):
        send_metric(name)
    print("loop finished without awaiting")
    await send_metric("net")
    send_metric("swap")
    print("main done")


asyncio.run(main())
