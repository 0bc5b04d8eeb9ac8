# rule: float.hex writes [-]0x1.<13 hex digits>p±e (subnormals 0x0.…p-1022, inf/nan as repr); float.fromhex parses sign, 0x, point, p exponent, inf/nan, whitespace, rounds half to even, raises ValueError/OverflowError
values = [1.5, 0.1, -0.0, 0.0, 1.0, -2.75, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1e308, 1.7976931348623157e+308, 3.141592653589793, float("inf"), float("-inf"), float("nan"), 1e-310, 123456789.125]
for x in values:
    h = x.hex()
    back = float.fromhex(h)
    print(h, back == x or (x != x and back != back), repr(back))
for s in ["0x1.8p+0", "-0x1p-1074", " 0X1.FFFFFFFFFFFFFP+1023 ", "inf", "-Infinity", "+nan", "0x.8", "1", "a", "0x1p-1075", "0x3p-1076", "0x1.0000000000000801p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.fffffffffffff7p1023", "0x10", "1.", ".1p4", "0x0p999999", "\t0x1p1\n", "0x1P-2", "-0x0.0p+0"]:
    print(repr(s), repr(float.fromhex(s)))
for bad in ["0x1p99999", "0x1.fffffffffffffcp1023", "zz", "", "0x", "0x1p", "0x1p+", "1.2.3", "0x1 2", "- 0x1", "infinit", "0x1e"]:
    try:
        print(repr(bad), float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
print((2.5).fromhex("0x1p3"), float.fromhex("0x1.4p3").hex())
for call in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: (1.5).hex(2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
