# rule: an exception raised while a dropped generator or coroutine is closed is printed as "Exception ignored in: <generator object … at 0x…>" (the object's own address, its id()) with only that exception's traceback (no chained GeneratorExit), and the program goes on
def numbers():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("cleanup failed")


g = numbers()
print(next(g))
print(repr(g) == f"<generator object numbers at {hex(id(g))}>")
del g
print("after del")


class Step:
    def __await__(self):
        yield "step"


async def job():
    try:
        await Step()
    finally:
        raise KeyError("job cleanup")


c = job()
print(c.send(None))
c = None
print("after dropping the coroutine")


def outer():
    def inner():
        try:
            yield "inner"
        finally:
            print("  inner cleanup")
            1 / 0
    return inner()


h = outer()
print(next(h))
h = "rebound"
print("end")
