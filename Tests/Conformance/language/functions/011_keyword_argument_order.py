# rule: evaluation order: arguments left to right; default expressions at def time; kwargs keep order
log = []
def v(name, value):
    log.append(name)
    return value
def f(a, b, *rest, c, **extra):
    return a, b, rest, c, extra
print(f(v("a", 1), v("b", 2), v("r", 3), c=v("c", 4), z=v("z", 5), y=v("y", 6)))
print(log)
log.clear()
def with_default(x=v("default", 0)):
    return x
print(log, with_default(), with_default(9))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(b=1, a=2, c=3), kwargs_order(**{"z": 1}, a=2))
try:
    f(1, 2, c=3, **{"c": 4})
except TypeError as e:
    print("TypeError:", e)
