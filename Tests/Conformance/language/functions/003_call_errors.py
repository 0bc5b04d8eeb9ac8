# rule: TypeErrors for bad calls name the function and the problem exactly as CPython does
def f(a, b, c=0, *, key):
    return a
def g(x, y):
    return x
def h(*args, **kwargs):
    return args
tests = [
    ("f(1)", lambda: f(1)),
    ("f(1, 2)", lambda: f(1, 2)),
    ("f(1, 2, 3, 4, key=1)", lambda: f(1, 2, 3, 4, key=1)),
    ("f(1, 2, key=1, a=1)", lambda: f(1, 2, key=1, a=1)),
    ("f(1, 2, key=1, zzz=1)", lambda: f(1, 2, key=1, zzz=1)),
    ("g(1, x=2)", lambda: g(1, x=2)),
    ("g()", lambda: g()),
    ("h(**{1: 2})", lambda: h(**{1: 2})),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len(1, 2)),
    ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("5()", lambda: (5)()),
    ("'abc'()", lambda: "abc"()),
]
for text, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(f"{text:<24} {e}")
