# rule: a class used as a decorator (__init__ gets the function, __call__ runs it) keeps per-function state
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        print(f"call #{self.calls} of {self.__name__}{args}")
        return self.func(*args, **kwargs)
class Retry:
    def __init__(self, times):
        self.times = times
    def __call__(self, func):
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return None
        return wrapper
@CountCalls
def greet(name):
    return "hi " + name
print(greet("a"), greet("b"), greet.calls, type(greet).__name__)
state = {"n": 0}
@Retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "succeeded"
print(flaky(), Retry(2)(lambda: int("x"))())
