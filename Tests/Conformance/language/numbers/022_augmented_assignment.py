# rule: augmented assignment operators on ints and floats, including //=, **=, <<=, %=
x = 10
log = []
for op in ["+=3", "-=1", "*=4", "//=5", "%=4", "**=10", "<<=2", ">>=1", "|=7", "&=13", "^=5"]:
    if op == "+=3": x += 3
    elif op == "-=1": x -= 1
    elif op == "*=4": x *= 4
    elif op == "//=5": x //= 5
    elif op == "%=4": x %= 4
    elif op == "**=10": x **= 10
    elif op == "<<=2": x <<= 2
    elif op == ">>=1": x >>= 1
    elif op == "|=7": x |= 7
    elif op == "&=13": x &= 13
    elif op == "^=5": x ^= 5
    log.append((op, x))
print(log)
f = 1.0
f /= 3
f *= 3
f -= 0.1
f **= 2
print(f, repr(f))
n = 7
n /= 2
print(n, type(n).__name__)
count = 0
for _ in range(5):
    count += 0.2
print(count, count == 1.0)
