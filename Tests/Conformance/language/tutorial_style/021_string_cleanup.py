# rule: cleaning user input with str methods: strip chars, translate/maketrans, partition, split maxsplit, casefold, predicates
raw_entries = [
    "  Alice Smith <ALICE@Example.com> ; 555-0101 ",
    "bob jones<bob@test.org>;555 0199",
    "\tCHLOÉ Dupont <chloe@exemple.fr>;  +33-1-22\n",
    "broken entry without fields",
]
digits_only = str.maketrans("", "", " -+")
for line in raw_entries:
    head, sep, phone = line.partition(";")
    if not sep:
        print(f"skipping {line!r}")
        continue
    name, _, email = head.partition("<")
    name = " ".join(part.capitalize() for part in name.split())
    email = email.strip().rstrip(">").lower()
    phone = phone.strip().translate(digits_only)
    user, _, domain = email.partition("@")
    print(f"{name:<14} {user:>6} at {domain:<12} phone={phone} digits={phone.isdigit()}")
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1), "a.b.c".rsplit(".", 1))
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower(), "ǅ".upper(), "ß".upper())
print("xxhixx".strip("x"), "--path--".lstrip("-"), "file.tar.gz".removesuffix(".gz"), "v1.2".removeprefix("v"))
print("hello world".title(), "Hello".swapcase(), "abc".isalpha(), "abc1".isalnum(), " ".isspace(), "Ab".istitle())
print("tab\tsep".expandtabs(4), repr("line1\nline2\r\n".splitlines()), "line1\nline2\n".splitlines(keepends=True))
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("leet speak goes here".translate(table))
print("-".join(["2024", "01", "31"]), "".join(reversed("stressed")), "ab" * 3, "=" * 0 + "|")
print("Mississippi".replace("ss", "SS", 1), "Mississippi".count("s"), "Mississippi".index("ssi", 3))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print(f"{'ü':>3}|{'日本':<4}|", len("日本語"), "日本語"[::-1], ord("é"), chr(9731), "\N{BLACK STAR}")
