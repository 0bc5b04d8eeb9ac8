# rule: functools.wraps/update_wrapper copy __module__, __name__, __qualname__, __doc__, __annotations__ and the wrapped __dict__, then set __wrapped__; __doc__ is not an entry of a function's __dict__
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        "The wrapper's own doc."
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

def tag(f):
    f.tag = "important"
    return f

@logged
@tag
def greet(name: str, times: int = 1) -> str:
    "Say hello."
    return ("hi " + name + " ") * times

print(greet("ann", 2))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__, greet.tag, greet.__wrapped__.__name__)
print(sorted(greet.__dict__), greet.__wrapped__.__dict__)

def plain():
    "doc"
print(plain.__dict__, plain.__doc__)
plain.__doc__ = "changed"
plain.__annotations__ = {"x": int}
print(plain.__dict__, plain.__doc__, plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)

def shout(s):
    return s.upper()
def helper(*a):
    return shout(*a)
print(functools.update_wrapper(helper, shout) is helper, helper.__name__, helper.__wrapped__ is shout)

class Box:
    @logged
    def size(self):
        "How big."
        return 3
print(Box().size(), Box.size.__qualname__, Box.size.__doc__)
