# rule: coroutine objects are driven with send(None); return values arrive as StopIteration.value; awaits nest
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
coro = compute()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print("result:", e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(add(20, 22)), run(compute()))
