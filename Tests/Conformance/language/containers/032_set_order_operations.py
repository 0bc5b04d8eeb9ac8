# rule: result order of set union/intersection/difference on ints follows CPython's table walk, not operand order
a = {10, 20, 30, 40, 50, 60, 70, 80}
b = {75, 65, 55, 45, 35, 25, 15, 5}
print(a | b)
print(b | a)
print(a & {80, 10, 999, 40}, {80, 10, 999, 40} & a)
print(a - {20, 60}, b ^ {5, 6, 7})
c = set()
for n in [1000, 1, 100, 10, 10000, 100000]:
    c.add(n)
print(c, sorted(c), list(c)[0])
print(set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), set(range(9, -1, -1)) == set(range(10)))
print({-5, -4, -3, -2, -1, 0, 1}, {2 ** 40, 2 ** 41, 2 ** 42, 3})
print({i * 8 for i in range(12)}, {i * 1024 for i in range(6)})
