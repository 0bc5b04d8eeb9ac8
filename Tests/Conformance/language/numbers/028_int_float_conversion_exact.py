# rule: int(float) truncates exactly; float(int) rounds half-even to 53 bits, so 2**1024 - 2**970 rounds up and overflows (uncaught)
for f in [1e23, 1e16 + 1, 2.5e-1, -7.99, 123456789.987654321, 2.0 ** 80]:
    print(repr(f), int(f))
for n in [2 ** 53 + 1, 2 ** 53 + 3, 10 ** 23, 2 ** 1023 + 2 ** 970, -(2 ** 60) - 1]:
    print(n, repr(float(n)), float(n) == n, int(float(n)) - n)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2 ** 1024 - 2 ** 970), int(1.7976931348623157e308) % 1000)
