# rule: float methods is_integer and as_integer_ratio, int bit_length/bit_count, numerator/denominator attributes
for v in [0.5, 0.1, 3.0, -2.75, 1e300, 2.0 ** -10]:
    n, d = v.as_integer_ratio()
    print(v, v.is_integer(), n if n < 10 ** 20 else len(str(n)), d if d < 10 ** 20 else len(str(d)), n / d == v)
for n in [0, 1, 255, 1023, -7, 2 ** 64, -(2 ** 100)]:
    print(n, n.bit_length(), n.bit_count(), (5).as_integer_ratio(), (10).numerator, (10).denominator)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float("inf").is_integer(), (1e16).is_integer(), (-0.0).is_integer(), True.bit_length())
