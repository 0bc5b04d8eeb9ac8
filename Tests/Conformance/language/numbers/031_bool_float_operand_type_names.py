# rule: bool mixes with int and float arithmetically; with other types the TypeError names the operand types as CPython does (bool stays 'bool', concatenation messages for str/list/tuple)
print(1.5 + True, True + 1.5, 2.0 * False, True / 2.0, True - 0.5, 3.5 // True, 7.5 % True, True ** 2.0, -True, +False, ~True, abs(-True))
print(True & 1.0 if False else True & 3, True | 2, True ^ True, 1 << True, 2.5 > True, True == 1.0, hash(True) == hash(1.0))
values = ["a", True, None, 1.5, [], (), 3, b"x", {}, False]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("&", lambda a, b: a & b), ("<", lambda a, b: a < b)]
for name, op in ops:
    for a in values:
        for b in values:
            try:
                r = op(a, b)
            except TypeError as e:
                print(name, repr(a), repr(b), "TypeError:", e)
            except ZeroDivisionError as e:
                print(name, repr(a), repr(b), "ZeroDivisionError:", e)
for f in [lambda: -"a", lambda: ~1.5, lambda: +None, lambda: ~None, lambda: -[]]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
