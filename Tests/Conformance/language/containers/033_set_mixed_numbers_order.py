# rule: sets and dict keys mixing ints, floats and bools keep the first-inserted equal key and CPython's order
s = {1, 1.0, True, 2.5, 0, 0.0, False, -1, -1.0}
print(s, len(s))
t = {1.0, 1, 2, 2.0}
print(t)
print({0.5, 1.5, 2.5, 3.5, 4.5}, {0.1, 0.2, 0.3}, {float("inf"), -float("inf"), 0.0})
d = {}
for k in [True, 1.0, 1, 2, 2.0, 0, False]:
    d[k] = repr(k)
print(d)
u = {10 ** 20, 10 ** 20 + 1, 2 ** 61 - 1, 2 ** 61, -(2 ** 61)}
print(u)
