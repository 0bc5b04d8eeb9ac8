# rule: inf and nan propagate through arithmetic; signed zero; min/max with nan depend on order
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf, inf / inf, inf > 10 ** 400)
print(-0.0, 0.0 * -1, -0.0 + 0.0, abs(-0.0), -0.0 == 0.0, str(-0.0), repr(0.0 * -5))
print(nan + 1, nan * 0, max(nan, 1), max(1, nan), min(nan, 5), sorted([3, nan, 1]))
print(round(-0.4), round(-0.4, 1), int(-0.9), -7 // inf, 7 % inf, -7 % inf)
print(inf == inf, inf is inf, nan is nan, float("inf") == 1e309, 1e308 * 10)
print(divmod(5.0, inf), divmod(-5.0, inf))
