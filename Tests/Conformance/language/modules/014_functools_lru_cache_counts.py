# rule: lru_cache/cache count hits and misses as CPython's C wrapper, evict the least recently used entry, and print CacheInfo(hits=, misses=, maxsize=, currsize=)
import functools
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact.cache_info())
print(fact.__name__, fact.__wrapped__.__name__, type(fact).__name__, callable(fact))

@lru_cache
def square(x):
    "Return x squared."
    print("  computing", x)
    return x * x

print(square(3), square(3), square.cache_info(), square.__doc__)

@lru_cache(maxsize=2)
def load(page):
    print("  load", page)
    return page.upper()

for p in ["home", "about", "home", "blog", "about", "home"]:
    load(p)
print(load.cache_info())
info = load.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info[0], info[-1], len(info), list(info), info == (1, 5, 2, 2), tuple(info))
hits, misses, maxsize, currsize = info
print(hits + misses, load.cache_parameters())

@lru_cache(maxsize=3)
def slow_add(a, b):
    print("  adding", a, b)
    return a + b

for pair in [(1, 2), (3, 4), (1, 2), (5, 6), (7, 8), (3, 4), (1, 2)]:
    print(slow_add(*pair), end=" ")
print()
print(slow_add.cache_info())

@lru_cache(maxsize=0)
def never(x):
    return len(x)

print(never([1, 2]), never([1, 2]), never.cache_info())

@lru_cache(maxsize=-5)
def negative(x):
    return x

negative(1)
negative(1)
print(negative.cache_info())

@functools.lru_cache(maxsize=None)
def explode(x):
    raise ValueError(x)

try:
    explode(1)
except ValueError as e:
    print("ValueError", e, explode.cache_info())
