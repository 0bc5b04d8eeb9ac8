# rule: closures keep state with nonlocal; decorators wrap functions, keep names with functools.wraps and take arguments
import functools


def counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment


def memoize(func):
    cache = {}

    @functools.wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


calls = []


def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        calls.append(f"{func.__name__}({', '.join(parts)})")
        return func(*args, **kwargs)
    return wrapper


@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"


@trace
def area(w, h=1, *, unit="m"):
    """Area of a rectangle."""
    return f"{w * h}{unit}2"


c = counter(10)
print(c(), c(), c(5))
other = counter()
print(other(), c())
print(slow_fib(60), len(slow_fib.cache), slow_fib.__name__)
print(greet("ana"), greet("bo", punct="?"))
print(area(3, 4), area(2, unit="cm"), area(w=5, h=2))
print(calls)
print(area.__name__, area.__doc__, area.__wrapped__(1, 1))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
double = functools.partial(lambda a, b: a * b, 2)
print(double(21), list(map(double, [1, 2, 3])))
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
