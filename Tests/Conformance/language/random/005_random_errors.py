# rule: error messages of randrange/randint/choice/sample for empty or invalid arguments
import random
random.seed(3)
tests = [
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(5, 5)", lambda: random.randrange(5, 5)),
    ("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0)),
    ("randrange(10, 1, 2)", lambda: random.randrange(10, 1, 2)),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("randrange(1.5)", lambda: random.randrange(1.5)),
    ("randrange('3')", lambda: random.randrange("3")),
    ("choice([])", lambda: random.choice([])),
    ("choice('')", lambda: random.choice("")),
    ("sample([1, 2], 3)", lambda: random.sample([1, 2], 3)),
    ("sample([1, 2], -1)", lambda: random.sample([1, 2], -1)),
    ("sample({1, 2}, 1)", lambda: random.sample({1, 2}, 1)),
    ("shuffle('abc')", lambda: random.shuffle("abc")),
    ("shuffle((1, 2))", lambda: random.shuffle((1, 2))),
]
for text, fn in tests:
    try:
        print(text, "->", fn())
    except (ValueError, TypeError, IndexError) as e:
        print(f"{text:<20} {type(e).__name__}: {e}")
