# rule: yield from delegates iteration, send and return values to a subgenerator
def inner():
    received = yield "inner-1"
    print("  inner received", received)
    yield "inner-2"
    return "inner-result"
def outer():
    result = yield from inner()
    print("  outer got", result)
    yield from range(2)
    yield from "ab"
    return "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), {4: "x"}, "56")))
