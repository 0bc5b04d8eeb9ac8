# rule: reprs of many simple quotients and decimal fractions are the shortest round-trip strings
for d in (3, 7, 9, 10, 11):
    print(d, [i / d for i in range(1, 8)])
print([i / 10 for i in range(10)])
print([i * 0.1 for i in range(10)])
print([round(i * 0.1, 1) for i in range(10)])
print([1 / 2 ** k for k in range(1, 12)])
print(1e22, 1e23, 9.999999999999999e22, 123e-20, 5e-324 * 3, 2.2250738585072014e-308)
