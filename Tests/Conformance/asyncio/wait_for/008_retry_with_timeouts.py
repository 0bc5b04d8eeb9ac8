# rule: a retry loop around wait_for: attempts time out until one answers in time
import asyncio

LATENCIES = [0.3, 0.25, 0.08]


async def call_service(attempt):
    await asyncio.sleep(LATENCIES[attempt])
    return f"answer on attempt {attempt + 1}"


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for attempt in range(len(LATENCIES)):
        try:
            result = await asyncio.wait_for(call_service(attempt), timeout=0.1)
        except TimeoutError:
            print(f"attempt {attempt + 1} timed out at {loop.time() - start:.1f}")
            continue
        print(result, f"at {loop.time() - start:.1f}")
        break


asyncio.run(main())
