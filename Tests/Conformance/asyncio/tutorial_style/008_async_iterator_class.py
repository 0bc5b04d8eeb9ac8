# rule: a class with __aiter__/__anext__ drives async for until StopAsyncIteration
import asyncio


class Ticker:
    def __init__(self, symbol, prices, delay):
        self.symbol = symbol
        self.prices = list(prices)
        self.delay = delay
        self.index = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.index >= len(self.prices):
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        price = self.prices[self.index]
        self.index += 1
        return self.index, price


async def watch(ticker):
    history = []
    async for n, price in ticker:
        change = "" if not history else f"{price - history[-1]:+.2f}"
        print(f"{ticker.symbol} #{n}: {price:8.2f} {change}")
        history.append(price)
    return ticker.symbol, history


async def main():
    results = await asyncio.gather(
        watch(Ticker("ACME", [10.0, 10.5, 9.75], 0.04)),
        watch(Ticker("INIT", [101.25, 100.0], 0.1)),
    )
    for symbol, history in results:
        print(symbol, "min", min(history), "max", max(history), "avg", round(sum(history) / len(history), 3))
    squares = [n * n async for n, _ in Ticker("SQ", [1, 2, 3, 4], 0.01)]
    print("comprehension:", squares)
    it = Ticker("ONE", [7], 0.01)
    print(await it.__anext__())
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(it, "default"))


asyncio.run(main())
