# rule: exact messages of common builtin errors caught from small operations
tests = [
    ("int('3.5')", lambda: int("3.5")),
    ("[1, 2].index(3)", lambda: [1, 2].index(3)),
    ("'abc'.index('d')", lambda: "abc".index("d")),
    ("dict(1)", lambda: dict(1)),
    ("dict([1])", lambda: dict([1])),
    ("list(1)", lambda: list(1)),
    ("min([])", lambda: min([])),
    ("next(iter([]))", lambda: next(iter([]))),
    ("sorted([1], key=1)", lambda: sorted([1], key=1)),
    ("round('1')", lambda: round("1")),
    ("abs('x')", lambda: abs("x")),
    ("divmod(1, 'x')", lambda: divmod(1, "x")),
    ("chr('a')", lambda: chr("a")),
    ("range('a')", lambda: range("a")),
    ("enumerate(5)", lambda: enumerate(5)),
    ("zip(1)", lambda: zip(1)),
    ("sum(['a'])", lambda: sum(["a"])),
    ("tuple(None)", lambda: tuple(None)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("float([])", lambda: float([])),
]
for text, fn in tests:
    try:
        fn()
        print(text, "no error")
    except Exception as e:
        print(f"{text:<20} {type(e).__name__}: {e}")
