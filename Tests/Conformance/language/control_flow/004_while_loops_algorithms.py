# rule: while loops with complex conditions: binary search, digit reversal, gcd, Newton's method
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid, steps
        elif items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
data = list(range(0, 100, 3))
print([binary_search(data, t) for t in (0, 51, 99, 50, -1)])
n, rev = 123450, 0
while n:
    n, digit = divmod(n, 10)
    rev = rev * 10 + digit
print(rev)
a, b = 1071, 462
while b:
    a, b = b, a % b
print(a)
x = 2.0
guess = 1.0
while abs(guess * guess - x) > 1e-12:
    guess = (guess + x / guess) / 2
print(guess, guess * guess)
