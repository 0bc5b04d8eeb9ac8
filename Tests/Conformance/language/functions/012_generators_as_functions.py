# rule: functions containing yield return generator objects; return value ends iteration
def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    return "liftoff"
gen = countdown(3)
print(type(gen).__name__, gen.__name__)
print(next(gen), next(gen), list(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value)
def with_return():
    yield 1
    return 42
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)
print(list(countdown(0)), sum(countdown(4)))
