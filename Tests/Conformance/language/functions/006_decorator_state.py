# rule: decorators that keep state on the wrapper (call counts, caches) and copy __name__/__doc__ by hand
def counted(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper
def memo(func):
    cache = {}
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
print(add(1, 2), add(3, 4), add.calls, add.__name__, add.__doc__)
print(fib(80), len(fib.cache), fib.__name__, sorted(fib.cache)[:5])
calls = []
def logged(prefix):
    def deco(func):
        def wrapper(*a):
            calls.append(f"{prefix}{func.__name__}{a}")
            return func(*a)
        return wrapper
    return deco
@logged(">")
@counted
def mul(a, b):
    return a * b
print(mul(2, 3), mul(4, 5), calls)
