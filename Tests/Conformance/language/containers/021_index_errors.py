# rule: IndexError/KeyError messages for lists, tuples, dicts, ranges and strings
tests = [
    ("[1, 2][2]", lambda: [1, 2][2]),
    ("[][0]", lambda: [][0]),
    ("(1,)[-2]", lambda: (1,)[-2]),
    ("range(3)[3]", lambda: range(3)[3]),
    ("'ab'[9]", lambda: "ab"[9]),
    ("x[1] = 0 on []", lambda: [].__setitem__(1, 0)),
    ("{'a': 1}['b']", lambda: {"a": 1}["b"]),
    ("{1: 1}[(1, 2)]", lambda: {1: 1}[(1, 2)]),
    ("{}['']", lambda: {}[""]),
    ("[1][1.0]", lambda: [1][1.0]),
    ("[1]['0']", lambda: [1]["0"]),
    ("(1, 2)[None]", lambda: (1, 2)[None]),
]
for text, fn in tests:
    try:
        fn()
    except (IndexError, KeyError, TypeError) as e:
        print(f"{text:<18} {type(e).__name__}: {e}   args={e.args!r}")
