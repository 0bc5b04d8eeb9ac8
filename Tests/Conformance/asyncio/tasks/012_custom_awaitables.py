# rule: __await__ generators: a bare yield suspends for one iteration, yield from a future's __await__ suspends on it, return gives the value
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        while self.n > 0:
            print("countdown", self.n)
            self.n -= 1
            yield
        return "liftoff"


class Delayed:
    def __init__(self, value, delay):
        self.value = value
        self.delay = delay

    def __await__(self):
        yield from asyncio.sleep(self.delay).__await__()
        return self.value


async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(other())
    print(await Countdown(3))
    print(await Delayed("late value", 0.02))
    await t

    def gen():
        yield 1

    print("iscoroutine(generator) in 3.11:", asyncio.iscoroutine(gen()))


asyncio.run(main())
