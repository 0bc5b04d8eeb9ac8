# rule: import X, import X as Y, from X import a, b as c; module attributes and repr-free module checks
import math
import math as m
from math import sqrt, pi as PI
from random import randint as dice, seed
import json, time
print(m is math, sqrt(81), PI == math.pi, math.__name__, m.__name__, json.__name__, time.__name__)
seed(10)
print(dice(1, 6), dice(1, 6))
def local_import():
    from math import factorial as f
    import functools
    return f(6), functools.partial(int, base=2)("1010")
print(local_import())
print(sqrt.__name__, type(math).__name__)
from math import (
    floor,
    ceil as ceiling,
)
print(floor(2.7), ceiling(2.1), floor is math.floor)
