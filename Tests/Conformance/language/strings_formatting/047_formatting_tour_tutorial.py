# rule: tutorial-style formatting tour: f-string = and nested specs, str.format fields/indexes/keywords, %-formatting with mappings, float str/repr, rounding and integer division signs, str methods and predicates, reprs with quotes and escapes, recursive containers
name, score = "Ann", 93.456
print(f"{name=}", f"{score=:.1f}", f"{name!r:>6}", f"{score:{'>'}{10}.{2}f}", f"{{literal}}", f"{3+4=}")
print("{0} {1} {0}".format("a", "b"), "{name} is {age}".format(name="X", age=3), "{:>{w}}".format("r", w=4), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
print("{:,}".format(10**9), "{:.3%}".format(0.12345), "{:+.2e}".format(-12345.6789), "{:x} {:X} {:#o}".format(255, 255, 8), "{:c}".format(65))
print("{:^10.3}".format("abcdef"), "{!s:5}|".format(None), "{:=+8.2f}".format(3.14159), "{:08.3f}".format(-3.14159))
class P:
    def __init__(self, x): self.x = x
    def __format__(self, spec): return f"P<{self.x:{spec}}>" if spec else f"P<{self.x}>"
print(f"{P(3)}", f"{P(3.5):.2f}", "{:>4d}".format(7), format(P(1), "03d"))
print("%(a)s-%(b)05.1f" % {"a": "k", "b": 2.25}, "%c%c" % (72, "i"), "%3d|%-3d|%03d" % (5, 5, 5), "%.3s" % "abcdef", "%r" % "q", "%i" % 3.9)
print(str(1.0), str(-0.0), repr(1e-7), repr(123456789012345678.0), str(2**0.5), 1e22, 1.5e-5, float("inf"), -float("inf"), 10/3)
print(round(3.14159, 3), round(1234.5678, -2), round(-2.5), int(-2.7), -7 // 2, -7 % 2, 7 % -2, divmod(-7, 2), 2 ** -1, (-8) ** (1/3) if False else abs(-8) ** (1/3))
s = "Hello, World"
print(s.find("o"), s.rfind("o"), s.index("W"), s.startswith(("He", "x")), s.split(", "), s.rsplit("o", 1), s.casefold(), s.zfill(15), s.ljust(14, "."), s.rjust(14, "."))
print(s.isalpha(), "abc".isalpha(), "123".isdigit(), "12.3".isnumeric(), "  ".isspace(), "Title Case".istitle(), "lower".islower(), "MiXeD".swapcase())
print(list("abc"), "a-b-c".split("-", 1), "x".join([]), "".join(["a", "b"]), "  pad  ".strip(), "xxhixx".strip("x"), "www.example.com".removeprefix("www."))
print(sorted("banana"), sorted("banana", reverse=True), "banana".count("an"), "banana".replace("a", "o", 2), len("naïve"), "naïve".encode(), "ß".upper(), "ǅ".lower())
print(repr("tab\there"), repr('quote"s'), repr("it's"), repr("both'\""), repr("\x00\x7f\x80"), ascii("é€😀"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(min("abc", "abd", key=len), max([3, 1, 2], default=0), max([], default="empty"), sum([0.1] * 10), sum([[1], [2]], []), sorted([3, 1, 2], key=lambda x: -x))
print(list(range(10, 0, -3)), range(5)[1:3], list(reversed(range(4))), 3 in range(5), range(0, 10, 2).index(6), len(range(-5, 5, 3)))
x = [1, [2, 3]]
y = x.copy()
y[1].append(4)
x.append(x)
print(x, y, x[2][2][0])
d = {"a": 1}
d["self"] = d
print(d, list(enumerate("ab", 1)), dict.fromkeys("ab", 0), {**d, "a": 2}["a"])
