# rule: chained async generators filter and map a stream; breaking out of async for closes them
import asyncio


async def sensor(readings, interval):
    try:
        for i, value in enumerate(readings):
            await asyncio.sleep(interval)
            yield i, value
    finally:
        print("sensor closed")


async def only_valid(stream):
    async for i, value in stream:
        if value is None or value < 0:
            print(f"  dropped reading {i}: {value}")
            continue
        yield i, value


async def smooth(stream, window):
    buf = []
    async for i, value in stream:
        buf.append(value)
        if len(buf) > window:
            buf.pop(0)
        yield i, sum(buf) / len(buf)


async def main():
    readings = [10, None, 14, -1, 18, 20, 11, 13]
    async for i, avg in smooth(only_valid(sensor(readings, 0.01)), window=2):
        print(f"reading {i}: moving average {avg:.1f}")
    print("--- stop early")
    stream = smooth(only_valid(sensor(readings, 0.01)), window=3)
    async for i, avg in stream:
        if avg > 13:
            print(f"threshold passed at reading {i} ({avg:.2f})")
            break
    await stream.aclose()
    big = [v async for _, v in only_valid(sensor([5, 50, -5, 500], 0.02)) if v >= 50]
    print("big readings:", big)


asyncio.run(main())
