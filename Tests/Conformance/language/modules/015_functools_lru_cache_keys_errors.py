# rule: lru_cache keys: one int/str argument is its own key (so f(1), f(1.0), f(True) differ), keyword order matters, typed=True adds the types; unhashable arguments raise TypeError
from functools import lru_cache

@lru_cache
def show(x):
    print("  miss", repr(x))
    return x

show(1); show(1.0); show(True); show(1); show("a"); show("a"); show((1,)); show((1,))
print(show.cache_info())

@lru_cache()
def add(a, b=0):
    return a + b

print(add(1, b=2), add(1, 2), add(a=1, b=2), add(b=2, a=1), add(1, b=2))
print(add.cache_info())

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(1), kind(True), kind.cache_info())

class Point:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, other):
        return self.x == other.x
    @lru_cache(maxsize=None)
    def scaled(self, k):
        print("  scaling", self.x, k)
        return self.x * k

p = Point(3)
print(p.scaled(2), p.scaled(2), Point(3).scaled(2), Point(4).scaled(2))
print(Point.scaled.cache_info())

for bad in ([1, 2], {"a": 1}, {1}):
    try:
        show(bad)
    except TypeError as e:
        print("TypeError:", e)
for args in [("x",), (3,), ([],)]:
    try:
        lru_cache(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    lru_cache(3)(5)
except TypeError as e:
    print("TypeError:", e)
print(show.cache_info())
show([1])
