# rule: functools.partial binds positional and keyword arguments; repr and attributes of partial objects
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square(base=3), two_to.args, two_to.keywords, square.keywords, square.func is power)
def log(level, msg, *, sep=": "):
    return f"{level}{sep}{msg}"
warn = partial(log, "WARN")
info = partial(log, "INFO", sep=" - ")
print(warn("disk low"), info("started"), info("x", sep="|"))
nested = partial(partial(power, 3), 4)
print(nested(), nested.args, nested.func is power)
print(list(map(partial(int, base=2), ["101", "111"])))
try:
    square(2, 3)
except TypeError as e:
    print("TypeError:", e)
