# rule: generator expressions: laziness, single use, early binding of the first iterable only
xs = [1, 2, 3]
gen = (x * 10 for x in xs)
xs.append(4)
print(list(gen))
ys = [1, 2]
g2 = (y for y in ys)
ys = [100, 200]
print(list(g2))
factor = 2
g3 = (v * factor for v in range(3))
factor = 5
print(list(g3))
g4 = (c for c in "abc")
print(next(g4), list(g4), list(g4))
print(sum(x for x in range(10) if x % 3 == 0), any(c.isdigit() for c in "ab3"), all(n > 0 for n in []))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs), type(x for x in []).__name__)
