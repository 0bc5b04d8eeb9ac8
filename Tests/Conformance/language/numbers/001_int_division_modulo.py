# rule: floor division and modulo round toward negative infinity; divmod agrees; true division gives float
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod -> {(q, r)}   check {q * b + r == a}")
for a, b in pairs:
    print(a, "/", b, "=", a / b, type(a / b).__name__)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -3 // 2 * 2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(10 % 3.5, -10 % 3.5, 5 % -0.5)
