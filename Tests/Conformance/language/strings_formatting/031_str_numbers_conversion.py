# rule: converting between numbers and strings: str/int/float round trips, bin/hex, format with bases
for n in [0, 7, -255, 2 ** 40]:
    print(n, str(n), bin(n), hex(n), int(bin(n), 2) == n if n >= 0 else int(bin(n), 0) == n, format(n, "x"))
for f in [0.1, 1.0, 1e-7, 123.456, 2.5e15]:
    print(repr(f), str(f), float(str(f)) == f, f"{f}", "%s" % f, "%r" % f, "%.17g" % f)
print(int("ff", 16), int("-0x1A", 16), int("0o777", 8), int("0b1", 2), "%s|%s" % (1, 1.0))
print(str(1) + str(2.0), int("3") + float("4.5"), list(map(int, "1 2 3".split())), sum(map(float, ["0.1", "0.2"])))
