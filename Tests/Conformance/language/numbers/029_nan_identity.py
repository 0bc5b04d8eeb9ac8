# rule: each float("nan") is a distinct object: identity shortcuts in in/count/index/sets/dicts see different NaNs as different
import math
n=float("nan")
print({n, float("nan")}, len({float("nan"), float("nan")}), n is n, n == n, [n].count(n), math.copysign(1, float("-nan")), float("nan") is float("nan"), repr(float("-nan")), {n: 1}[n])
m = math.nan
print(m is math.nan, m in [math.nan], [float("inf") - float("inf")].count(m), sorted({1: float("nan")}.values()))
