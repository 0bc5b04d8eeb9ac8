# rule: a tutorial mix: nested comprehensions, generator pipelines with send/close/finally, yield from, ExceptionGroup with except*, raise from, try/else/finally, lookups and recursion, ending in an uncaught custom ValueError subclass
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [list(r) for r in zip(*matrix)], [x for row in matrix for x in row if x % 2])
print({x: x ** 2 for x in range(5)}, {x % 3 for x in range(10)}, sum(x for x in range(10) if x % 3 == 0))
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def pairs(xs):
    return [(a, b) for i, a in enumerate(xs) for b in xs[i + 1:]]
print(take(10, fib()), [x for x in take(20, fib()) if x < 50], pairs("abcd"), list(zip(*[iter(range(6))] * 2)))
def chunked(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(chunked("abcdefg", 3)), list(flatten([1, [2, [3, [4]], 5]])), [*map(str.upper, "ab")], list(iter([1, 2, 3].pop, 1)))
def countdown(n):
    print("start")
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            else:
                n -= 1
    finally:
        print("cleanup")
g = countdown(3)
print(next(g), g.send(None), g.send(10), next(g))
g.close()
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
def validate(user):
    errors = []
    if not user.get("name"):
        errors.append(ValidationError("name", "required"))
    if not isinstance(user.get("age"), int):
        errors.append(ValidationError("age", "must be int"))
    if errors:
        raise ExceptionGroup("invalid user", errors)
    return True
for u in [{"name": "Ann", "age": 3}, {"age": "x"}]:
    try:
        print(validate(u))
    except* ValidationError as eg:
        print("errors:", [str(e) for e in eg.exceptions], [e.field for e in eg.exceptions])
def parse(s):
    try:
        n = int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e
    else:
        return n
    finally:
        print("parsed", s)
for s in ["12", "x1"]:
    try:
        print(parse(s))
    except RuntimeError as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
try:
    {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e, isinstance(e, ArithmeticError))
def risky(): return undefined_name
try:
    risky()
except NameError as e:
    print(e, e.name)
print(list(map(lambda p: p[0] * p[1], enumerate("abc", start=1))), list(filter(None, [0, 1, "", "a", None])))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]), any(x > 5 for x in range(10)), all([]))
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"].get("c"), nested.get("z", {}).get("y", "default"), {**nested, "d": 1})
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30), divmod(fact(10), 7), pow(2, 100, 97), round(2.675, 2), round(0.5), round(1.5))
raise ValidationError("email", "invalid")
