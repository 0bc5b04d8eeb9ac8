# rule: functools.wraps copies metadata; decorators can keep state such as call counts and caches
import functools
def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
def memo(func):
    cache = {}
    @functools.wraps(func)
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@counted
def add(a, b):
    """Add two numbers."""
    return a + b
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__, add.__wrapped__(5, 5))
print(fib(80), len(fib.cache), fib.__name__)
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(90), ways.cache_info())
