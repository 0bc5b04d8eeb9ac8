# rule: a recursive lru_cache function spends two recursion levels per call (the C wrapper and the frame), so it overflows at about half the depth of a plain one
import sys
from functools import lru_cache

@lru_cache(maxsize=None)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(400))
for n in range(480, 520):
    depth.cache_clear()
    try:
        depth(n)
    except RecursionError as e:
        print("first failing n:", n, e)
        break
depth.cache_clear()
for i in range(0, 2000, 300):
    depth(i)
print(depth(1999), depth.cache_info())

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(450) % 1000003)
depth.cache_clear()
depth(3000)
