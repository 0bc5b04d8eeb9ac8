# rule: awaiting non-awaitables, reusing an awaited coroutine and __await__ returning a non-iterator raise TypeError/RuntimeError
async def value():
    return 5
class BadAwait:
    def __await__(self):
        return 42
async def await_int():
    return await 3
async def await_twice():
    c = value()
    a = await c
    b = await c
    return a + b
async def await_bad():
    return await BadAwait()
for make in (await_int, await_twice, await_bad):
    c = make()
    try:
        c.send(None)
    except StopIteration as e:
        print(make.__name__, "returned", e.value)
    except (TypeError, RuntimeError) as e:
        print(make.__name__, type(e).__name__ + ":", e)
