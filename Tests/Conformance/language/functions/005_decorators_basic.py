# rule: decorators wrap functions; stacking order applies bottom-up; decorator factories take arguments
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return " ".join(func(*args) for _ in range(times))
        return wrapper
    return deco
def trace(func):
    def wrapper(*args):
        print(f"-> {func.__name__}{args}")
        result = func(*args)
        print(f"<- {func.__name__} = {result!r}")
        return result
    return wrapper
@shout
@repeat(2)
def hello(name):
    return f"hi {name}"
print(hello("ann"))
@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(4)
print(hello.__name__, fact.__name__)
