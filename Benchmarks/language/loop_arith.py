# A hot loop of integer and float arithmetic with comparisons.
total = 0
acc = 0.0
i = 0
while i < 2_000_000:
    total += i * 3 % 7
    if total > 1_000_000:
        total -= 999_983
    acc += i / 3.0
    i += 1
print(total, round(acc, 2))
