# rule: common str method errors and their exact messages
tests = [
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("'abc'[5]", lambda: "abc"[5]),
    ("'x'.join([1])", lambda: "x".join([1])),
    ("'abc'.split(1)", lambda: "abc".split(1)),
    ("'a'.replace(1, 2)", lambda: "a".replace(1, 2)),
    ("'a'.startswith(['a'])", lambda: "a".startswith(["a"])),
    ("str.upper(5)", lambda: str.upper(5)),
    ("'a'.center()", lambda: "a".center()),
    ("'abc'.count()", lambda: "abc".count()),
    ("'%s'.zfill('3')", lambda: "%s".zfill("3")),
    ("len(5)", lambda: len(5)),
    ("'a'.foo()", lambda: "a".foo()),
]
for text, fn in tests:
    try:
        print(text, "->", fn())
    except Exception as e:
        print(f"{text:<24} {type(e).__name__}: {e}")
