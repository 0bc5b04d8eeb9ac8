# rule: send() resumes a generator with a value; the first send must be None; yield expression results
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)
fresh = accumulator()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
