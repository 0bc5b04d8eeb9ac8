# rule: math.gcd/lcm/factorial/comb/perm/prod/fsum and isclose/isfinite/isinf/isnan with their errors
import math
print(math.gcd(48, 180), math.gcd(0, 5), math.gcd(), math.gcd(12, 18, 30), math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(500))), math.comb(10, 3), math.comb(5, 7), math.perm(5, 2), math.perm(5))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]), math.prod(range(1, 11), start=2))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")), math.isfinite(math.nan))
for text, fn in [("factorial(-1)", lambda: math.factorial(-1)), ("factorial(2.5)", lambda: math.factorial(2.5)),
                 ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2))]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(f"{text:<16} {type(e).__name__}: {e}")
