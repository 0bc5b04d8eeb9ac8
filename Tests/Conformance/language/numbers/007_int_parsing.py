# rule: int() parses strings with whitespace, signs, underscores and bases; its error messages
print(int("  42 "), int("-17"), int("+8"), int("1_000_000"), int("0x1f", 16), int("0b101", 0), int("0o17", 0))
print(int("z", 36), int("ZZ", 36), int("11", 2), int("\t99\n"), int(3.99), int(-3.99), int(True))
for text in ["4.5", "", "12a", "1__0", "0x10", " - 5", "٣"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "->", e)
for text, base in [("12", 2), ("g", 16), ("0b11", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(e)
try:
    int("10", 37)
except ValueError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
