# rule: the interpreter's number fast paths give CPython's results: int/float mixes, negative floor division and modulo, bitwise ops, overflow into big ints, the 64-bit extremes (-2**63 / n must not trap)
values = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**63, 2**63 - 1, 2**53 + 1, 0.5, -0.0, 2.5, -3.75, 1e308]
def show(f, a, b):
    try:
        return repr(f(a, b))
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    except TypeError as e:
        return "TypeError"
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
       lambda a, b: a // b, lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b,
       lambda a, b: a ^ b]
def augmented(a, b):
    x = a
    x += b; x -= 1; x *= 2; x %= 5; x //= 2; x /= 3
    return x
for a in values:
    for b in values:
        print(repr(a), repr(b), " ".join(show(f, a, b) for f in ops), show(augmented, a, b))
total = 0
for i in range(-50, 50):
    total += i * 3 % 7 - i // 4 + (i & 5) - (i ^ 3)
print(total)
