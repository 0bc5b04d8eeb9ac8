# rule: async with calls __aenter__/__aexit__; async for uses __aiter__/__anext__ and StopAsyncIteration; async comprehensions
class Session:
    async def __aenter__(self):
        print("  open session")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("  close session, error:", exc_type.__name__ if exc_type else None)
        return False
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
async def ticks(n):
    for i in range(n):
        yield i * 10
async def main():
    async with Session() as s:
        print("  inside", type(s).__name__)
        async for n in Countdown(3):
            print("  countdown", n)
    squares = [x async for x in ticks(4) if x != 20]
    print("  async comprehension", squares)
    agen = ticks(2)
    print("  async generator type:", type(agen).__name__)
    return sum([v async for v in agen])
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main returned", e.value)
