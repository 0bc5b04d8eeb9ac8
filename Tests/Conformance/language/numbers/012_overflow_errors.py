# rule: float overflow raises OverflowError with CPython's messages; int/float conversions of inf/nan fail
import math
tests = [
    ("2.0 ** 10000", lambda: 2.0 ** 10000),
    ("10.0 ** 400", lambda: 10.0 ** 400),
    ("int(inf)", lambda: int(float("inf"))),
    ("int(nan)", lambda: int(float("nan"))),
    ("float(10**400)", lambda: float(10 ** 400)),
    ("10**400 / 1", lambda: 10 ** 400 / 1),
    ("1 / 10**400", lambda: 1 / 10 ** 400),
    ("1e308 * 10", lambda: 1e308 * 10),
    ("8.0 ** (1/3)", lambda: 8.0 ** (1 / 3)),
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("2 ** 0.5", lambda: 2 ** 0.5),
]
for text, fn in tests:
    try:
        print(f"{text:<18} -> {fn()!r}")
    except (OverflowError, ValueError) as e:
        print(f"{text:<18} -> {type(e).__name__}: {e}")
