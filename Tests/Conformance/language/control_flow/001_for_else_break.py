# rule: for/else and while/else run the else block only when the loop was not broken
def find_first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("  found", v, "at", i)
            break
    else:
        print("  no negatives in", values)
        return None
    return i
print(find_first_negative([3, 1, -4, 1, -5]), find_first_negative([2, 7]), find_first_negative([]))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print("never printed")
print("after break n =", n)
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
