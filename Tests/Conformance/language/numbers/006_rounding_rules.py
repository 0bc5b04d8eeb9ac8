# rule: round() uses round-half-even on the exact binary value; ndigits may be negative; result types
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(123.456, 1), round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(-0.4), round(1e20), round(5e-324, 300), round(float("inf"), 2))
prices = [19.995, 4.445, 0.105, 2.5, 3.5]
print([round(p, 2) for p in prices])
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
