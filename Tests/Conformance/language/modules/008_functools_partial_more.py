# rule: functools.partial objects: repr with named function, merging keywords, calling with overrides, in sorted/map
from functools import partial
def scale(value, factor=1, offset=0):
    return value * factor + offset
double = partial(scale, factor=2)
shifted = partial(double, offset=10)
print(double(5), shifted(5), shifted(5, offset=0), shifted.keywords, shifted.args, shifted.func is scale)
print(partial(scale, 3, offset=1)(), partial(scale)(7, 2, 1))
print(list(map(partial(scale, factor=3), [1, 2, 3])), sorted([3, -1, 2], key=partial(scale, factor=-1)))
def describe(name, *, loud=False):
    return name.upper() if loud else name
print(partial(describe, loud=True)("quiet"), partial(describe, "x")())
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
