# rule: the ** operator: right associativity, negative and fractional exponents, 0**0, big powers, unary minus precedence
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -2, (-2) ** -3, 4 ** 0.5, 0 ** 0, 0.0 ** 0, 1 ** 10 ** 100)
print(10 ** 20, 10.0 ** 20, 2 ** 64, 2 ** 64 % (2 ** 61 - 1), 3 ** 100 % 7, 7 ** 222 % (10 ** 9 + 7))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(4 ** 0.5).__name__, 8 ** (1 / 3), 1e2 ** 2)
x = 3
x **= 4
print(x, 2 ** 0.5 * 2 ** 0.5, (1 + 1e-15) ** 1e15, 1.0000001 ** 1000000)
def modpow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
print(modpow(3, 100, 7), modpow(2, 10 ** 18, 10 ** 9 + 7), modpow(5, 0, 3))
for fn in (lambda: 0 ** -1, lambda: 10.0 ** 1000, lambda: 2 ** "3"):
    try:
        fn()
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
