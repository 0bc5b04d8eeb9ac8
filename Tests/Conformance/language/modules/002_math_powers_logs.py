# rule: math.sqrt/isqrt/exp/log/log2/log10/pow values and their domain/range errors
import math
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 50), math.exp(1), math.exp(-745), math.exp(710 - 1))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(10 ** 400), math.log1p(1e-10))
print(math.pow(2, 10), math.pow(9, 0.5), math.pow(0, 0), math.pow(2, -1), math.expm1(1e-10))
tests = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
         ("exp(1000)", lambda: math.exp(1000)), ("pow(0, -1)", lambda: math.pow(0, -1)), ("isqrt(-1)", lambda: math.isqrt(-1)),
         ("log(10, 1)", lambda: math.log(10, 1)), ("pow(-8, 1/3)", lambda: math.pow(-8, 1 / 3)), ("sqrt('4')", lambda: math.sqrt("4"))]
for text, fn in tests:
    try:
        print(text, fn())
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(f"{text:<14} {type(e).__name__}: {e}")
