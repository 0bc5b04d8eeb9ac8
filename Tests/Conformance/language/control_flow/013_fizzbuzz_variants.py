# rule: modulo-driven control flow printed several ways: if-chains, string building, lookup tables
for i in range(1, 16):
    if i % 15 == 0:
        out = "FizzBuzz"
    elif i % 3 == 0:
        out = "Fizz"
    elif i % 5 == 0:
        out = "Buzz"
    else:
        out = str(i)
    print(out, end=" ")
print()
print(" ".join("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)))
rules = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]
print([("".join(w for d, w in rules if i % d == 0) or i) for i in range(95, 106)])
