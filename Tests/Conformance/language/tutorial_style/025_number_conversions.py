# rule: int/float parsing and conversion corners: bases, rounding half to even, divmod signs, float repr, errors
samples = ["42", " -17 ", "0x1F", "1_000", "3.14", "1e3", "abc", ""]
for s in samples:
    try:
        print(f"int({s!r}) = {int(s)}")
    except ValueError as e:
        try:
            print(f"int failed, float({s!r}) = {float(s)}")
        except ValueError as e2:
            print(f"both failed: {e} / {e2}")
print(int("1F", 16), int("0x1F", 0), int("777", 8), int("-101", 2), int("z", 36))
print(hex(255), oct(8), bin(10), bin(-5), f"{255:08b}")
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(7, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17.5 // 2, -7.5 % 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1 / 3, 2 / 3, 10 / 4, 10 // 4, 2 ** -1, 2 ** 100)
print(float("inf") > 10 ** 308, float("-inf"), float("nan") == float("nan"), 1e16, 1e15, 123456789012345678.0)
print(int(3.99), int(-3.99), float(7), int(True) + True, 7 / 7, type(7 // 7).__name__)
print(abs(-0.0), -0.0, 0.0 == -0.0, 5e-324, 1.7976931348623157e308 * 10)
print(f"{1/3:.5f} {2/3:.0%} {1234.5:e} {0.00001234:g} {123456789:,} {1e100:.3g}")
print(sum([0.1] * 10), sum([1, 2, 3]) / 3, max(3, 3.0), min(-1, -1.0), 3 == 3.0, hash(3) == hash(3.0))
print(10 ** 20 // 3, (10 ** 20) % 7, pow(3, 4, 5), pow(2, 10), -2 ** 2, (-2) ** 2)
for bad in ["12abc", "1.2.3", "0b102"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError:", e)
print(int("9" * 30) + 1, len(str(2 ** 1000)))
print(1 / 0)
