# rule: bytes.hex with sep and bytes_per_sep (grouped from the right, from the left when negative), bytes.fromhex with whitespace between pairs and its position errors, bytes.maketrans + translate (table, delete), str.maketrans in its three forms
print(bytes.fromhex("de ad BE EF"), bytes.fromhex(""), bytes.fromhex(" 01\t02\n"), b"\x01\xff".hex(), b"".hex(), b"".hex("-"))
data = b"abcdefg"
for sep in ["-", ":", b"|", " "]:
    print([data.hex(sep, n) for n in [1, 2, 3, -2, -3, 7, 100, 0]])
print(data.hex(sep="_", bytes_per_sep=4), data.hex(bytes_per_sep=2))
for bad in ["0g", "abc", " a b", " 1", "A", "abc d", "ab cd ef 0", "é0"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print("ValueError", e)
for call in [lambda: bytes.fromhex(b"ab"), lambda: b"ab".hex("::"), lambda: b"ab".hex(1), lambda: b"ab".hex("é"), lambda: b"ab".hex("-", "x")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[95:102], type(t).__name__, b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"), b"abc".translate(t, delete=b"c"))
for call in [lambda: bytes.maketrans(b"a", b"xy"), lambda: bytes.maketrans("a", "b"), lambda: b"x".translate(b"short")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(str.maketrans("ab", "xy"), str.maketrans("ab", "xy", "z"), str.maketrans({"a": "1", 98: None, "c": 67}), str.maketrans("", "", "q"))
print("abcz".translate(str.maketrans("ab", "xy", "z")), "abc".translate(str.maketrans({"a": "AA", "b": None})), "abc".translate({99: 100}))
for call in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: str.maketrans("a")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
