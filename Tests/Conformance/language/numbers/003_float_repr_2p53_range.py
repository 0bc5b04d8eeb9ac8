# rule: repr of floats between 2**53 and 1e16 is shortest round-trip (differs from naive formatting)
big = [2.0 ** 53, 2.0 ** 53 + 2, float(2 ** 53 + 1), 9007199254740993.0, 9007199254740995.0,
       1e15 + 0.3, 4503599627370497.5, 9999999999999998.0, 1234567890123456.7, 8.5e15, 2.0 ** 53 * 1.1,
       float(10 ** 16 - 1), 9.999999999999999e15, 5555555555555555.5, 2 ** 53 / 1.0 + 1024]
for v in big:
    print(f"{v!r:>24}  int={int(v)}  is_integer={v.is_integer()}")
print([x * 1.0 for x in (2 ** 54, 2 ** 55 + 8, 3 ** 33, 7 ** 19)])
print(float(2 ** 63), float(2 ** 64 - 1), float(-(2 ** 62)))
