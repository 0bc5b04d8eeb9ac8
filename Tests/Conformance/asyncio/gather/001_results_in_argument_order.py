# rule: gather returns results in argument order, whatever the completion order; children start in argument order
import asyncio


async def fetch(name, delay):
    print(f"start {name}")
    await asyncio.sleep(delay)
    print(f"end {name}")
    return f"{name}:{int(delay * 100)}"


async def main():
    results = await asyncio.gather(fetch("slow", 0.05), fetch("fast", 0.01), fetch("medium", 0.03))
    print(results)
    print(type(results).__name__)


asyncio.run(main())
