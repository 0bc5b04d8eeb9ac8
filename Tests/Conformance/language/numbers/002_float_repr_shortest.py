# rule: float repr is the shortest string that round-trips, with CPython's exponent switch points
values = [0.1 + 0.2, 1 / 3, 2 / 3, 0.1 * 3, 1.1 * 1.1, 100.0, 1e15, 1e16, 1e17, 1e22, 1e-4, 1e-5,
          0.00012345, 123456789.123456789, 5e-324, 1.7976931348623157e308, 2.5e-310, -0.0,
          float("inf"), -float("inf"), float("nan"), 3.0, 1e100, 12345678901234567890.0]
for v in values:
    print(repr(v), str(v), v)
print([0.5, 0.25, 1e16, 1e-7])
print(sum([0.1] * 10), 0.1 * 10)
