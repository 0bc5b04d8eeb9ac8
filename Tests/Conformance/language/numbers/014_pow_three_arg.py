# rule: pow with modulus, modular inverse, negative exponents and 0**0
print(pow(3, 100, 7), pow(2, 10, 1000), pow(-3, 3, 5), pow(3, 3, -5), pow(0, 0), 0 ** 0, 0.0 ** 0)
print(pow(2, -1, 7), pow(3, -2, 11), pow(38, -1, 97) * 38 % 97)
print(pow(2, -2), pow(-2, -3), pow(4, 0.5), pow(1, 0.5))
print(pow(10, 20), pow(10.0, 20), pow(2, 64, 2 ** 61 - 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
