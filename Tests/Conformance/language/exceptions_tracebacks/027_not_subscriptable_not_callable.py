# rule: TypeError messages for subscripting/calling/iterating the wrong types, caught and then uncaught
tests = [
    ("None[0]", lambda: None[0]),
    ("5[0]", lambda: (5)[0]),
    ("len[0]", lambda: len[0]),
    ("(1)()", lambda: (1)()),
    ("None()", lambda: None()),
    ("for in 5", lambda: [x for x in 5]),
    ("len(None)", lambda: len(None)),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("{} + {}", lambda: {} + {}),
    ("[] < {}", lambda: [] < {}),
    ("int(None)", lambda: int(None)),
]
for text, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(f"{text:<12} {e}")
result = None
print(result["total"])
