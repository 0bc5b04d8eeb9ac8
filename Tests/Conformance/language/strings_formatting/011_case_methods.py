# rule: case conversion and case predicates, including non-ASCII letters
words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's", "straße", "ǅemal", "123abc", "ÉCOLE"]
for w in words:
    print(f"{w!r:16} up={w.upper()!r} low={w.lower()!r} title={w.title()!r} cap={w.capitalize()!r} swap={w.swapcase()!r} fold={w.casefold()!r}")
for w in ["ABC", "abc", "Abc Def", "abc1", "123", "", "ΑΒΓ"]:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("ß".upper(), len("ß".upper()), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
