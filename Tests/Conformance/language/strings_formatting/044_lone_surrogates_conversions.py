# rule: lone surrogates through conversions: f-string fields with specs and !s/!r/!a, join over a generator, reversed, max/min, int()/float() errors naming the real text, str(object=...), __str__, enumerate/zip, bytes.decode producing surrogates
s = "x\ud800y"
print(repr(f"{s:>6}"), repr(f"{s!s:*^7}"), repr(f"{s!r}"), repr(f"{s!a}"), repr(f"{s}{s}"), repr(f"{'a'}{s:.2}"))
print(list(s), list(reversed(s)), repr("".join(reversed(s))), repr("".join(c for c in s)), repr(max(s)), repr(min(s)), sorted(s))
print(s.isascii(), s.__len__(), s.__contains__("\ud800"), repr(s.__getitem__(1)), s.__eq__("x\ud800y"), s.__hash__() == hash(s))
for f in [lambda: int("\ud800"), lambda: int("1\udc00", 16), lambda: float("1\ud800"), lambda: s.index("\udc00"), lambda: "\ud800".encode("ascii")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate(s)), list(zip(s, "abc")), {s: 1}, set(s) == {"x", "y", "\ud800"}, s * 0 == "", repr("\ud800".join("ab")))
print(repr(s.format_map({})), repr(str(s)), s is str(s), repr(s.__repr__()), repr(s.__str__()), repr(s.__mod__(())))
print(s.count(""), repr(s.expandtabs()), s.isdecimal(), repr(s.removeprefix("x")), repr(s.removesuffix("y")), repr(s.rstrip("y")))
print(repr(s[0:2] + s[2:]), s[0:2] + s[2:] == s, repr("\ud800abc"[1:]), type("\ud800abc"[1:]) is str)
print(repr(str("\ud800")), repr(str(object=s)), repr(str(object=b"ab", encoding="ascii")), len({s, "x\ud800y"}), ascii(s))
print(repr(chr(0xd800) + chr(0xdc00)), chr(0xd800) + chr(0xdc00) == "\U00010000", ord((chr(0xd800) + chr(0xdc00))[1]))
print(repr(b"caf\xe9".decode("utf-8", "surrogateescape")), repr(str(b"\xff\xfe", "ascii", "surrogateescape")))
