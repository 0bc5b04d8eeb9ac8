# rule: math functions accept ints of any size where CPython does (log of huge ints, floor of ints, sqrt overflow)
import math
big = 10 ** 500
print(math.log10(big), math.log(big), math.log2(2 ** 5000), math.floor(big) == big, math.ceil(7), math.trunc(-big) == -big)
print(math.isqrt(big) == 10 ** 250, math.gcd(big, 10 ** 300 * 7) == 10 ** 300, math.factorial(30) % (10 ** 9 + 7))
for fn, arg in [(math.sqrt, big), (math.exp, 10 ** 3), (math.sin, big)]:
    try:
        print(fn.__name__, fn(arg))
    except OverflowError as e:
        print(fn.__name__, "OverflowError:", e)
print(math.comb(100, 50), math.perm(20, 10), math.prod(range(1, 21)) == math.factorial(20))
