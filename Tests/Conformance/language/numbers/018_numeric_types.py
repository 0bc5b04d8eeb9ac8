# rule: result types of mixed arithmetic and of division, rounding and abs
exprs = [("7 // 2", 7 // 2), ("7.0 // 2", 7.0 // 2), ("7 / 7", 7 / 7), ("2 ** -1", 2 ** -1),
         ("2 ** 2", 2 ** 2), ("True + True", True + True), ("abs(-3)", abs(-3)), ("abs(-3.0)", abs(-3.0)),
         ("round(2.5)", round(2.5)), ("round(2.5, 0)", round(2.5, 0)), ("divmod(7, 2.0)", divmod(7, 2.0)),
         ("int('7') * 1.0", int("7") * 1.0), ("10 % 3", 10 % 3), ("-5 % 3.0", -5 % 3.0)]
for text, v in exprs:
    print(f"{text:<16}{v!r:<12}{type(v).__name__}")
print(isinstance(1, (int, float)), isinstance(1.0, int), issubclass(bool, int), type(1) is int)
print(int.__name__, float.__name__, bool.__name__, issubclass(bool, float))
