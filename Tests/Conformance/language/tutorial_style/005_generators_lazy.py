# rule: generator functions and expressions evaluate lazily; send, yield from and close behave as in CPython
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def chunked(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]


def flatten(nested):
    for x in nested:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def running_total():
    total = 0
    while True:
        amount = yield total
        if amount is None:
            break
        total += amount
    return total


print(list(take(10, fibonacci())))
evens = (n for n in fibonacci() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(chunked("abcdefgh", 3)))
print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))
acc = running_total()
next(acc)
for amt in (10, 5, 20):
    print("total:", acc.send(amt))
try:
    acc.send(None)
except StopIteration as stop:
    print("returned:", stop.value)
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
g = fibonacci()
print(next(g), next(g), next(g))
g.close()
print(next(g, "closed"))
print(type(g).__name__, type(x for x in []).__name__)


def logged(name):
    print(f"open {name}")
    try:
        yield 1
        yield 2
    finally:
        print(f"close {name}")


for v in logged("first"):
    print("got", v)
    break
print("after break")
