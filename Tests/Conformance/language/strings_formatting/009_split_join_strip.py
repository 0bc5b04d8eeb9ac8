# rule: split/rsplit/splitlines/partition/join/strip variants on realistic text
line = "  alice, bob ,,carol  ,dave  "
print(line.split(","), line.split(), line.split(",", 2), line.rsplit(",", 1))
print([p.strip() for p in line.split(",") if p.strip()])
print("a b  c\td\ne".split(), "a b  c".split(" "), "".split(), "".split(","), "  ".split(" "))
text = "first\nsecond\r\nthird\rfourth\n\nlast"
print(text.splitlines(), text.splitlines(keepends=True)[:2], "x\n".splitlines(), "x\n".split("\n"))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("-".join(["2024", "01", "15"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(4)))
print("xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip("<>"), "www.example.com".strip("cmowz."))
print("a,b,c".split(",", -1), "a,b,c".rsplit(",", maxsplit=1), "1  2   3".split(None, 1))
try:
    "a,b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ", ".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
