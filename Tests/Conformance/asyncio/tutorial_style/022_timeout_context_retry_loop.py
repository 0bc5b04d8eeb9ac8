# rule: asyncio.timeout per attempt inside a retry loop; the TimeoutError's context is the CancelledError
import asyncio

LATENCIES = [0.2, 0.15, 0.03]


async def ping(attempt):
    await asyncio.sleep(LATENCIES[attempt])
    return f"pong on attempt {attempt + 1}"


async def main():
    for attempt in range(len(LATENCIES)):
        try:
            async with asyncio.timeout(0.1):
                reply = await ping(attempt)
        except TimeoutError as e:
            ctx = e.__context__
            print(f"attempt {attempt + 1} timed out; context={type(ctx).__name__}, cause={e.__cause__}")
            continue
        print(reply)
        break
    else:
        print("all attempts failed")

    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")

    try:
        async with asyncio.timeout(0.05):
            raise KeyError("inner")
    except KeyError as e:
        print("inner error passes through timeout:", e)


asyncio.run(main())
