# rule: ints have arbitrary precision; arithmetic, floor division, modulo and repr of big ints are exact
a = 2 ** 200
b = 3 ** 130
print(a)
print(b)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(-a // 7, -a % 7, a - b, b - a)
fact = 1
for i in range(1, 51):
    fact *= i
print("50! =", fact)
print("digits:", len(str(fact)), "trailing zeros:", len(str(fact)) - len(str(fact).rstrip("0")))
print(hex(a), hex(b)[:20], bin(2 ** 70 + 1))
print(int("9" * 60) + 1 == 10 ** 60, 10 ** 40 // 10 ** 38, (10 ** 30 + 1) ** 2)
print(a > b, a == 2 ** 200, 7 ** 222 % (10 ** 9 + 7), abs(-b) == b)
print(2 ** 100 / 2 ** 99, 10 ** 20 / 3, 2 ** 64 >> 3, 1 << 130)
