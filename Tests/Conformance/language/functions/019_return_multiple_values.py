# rule: returning tuples, unpacking results, early returns and implicit None
def min_max_mean(values):
    if not values:
        return None
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
print(min_max_mean([]), min_max_mean([5]))
def split_name(full):
    first, _, last = full.partition(" ")
    return first, last or None
print(split_name("Ada Lovelace"), split_name("Plato"))
def nothing():
    x = 1
print(nothing(), (lambda: None)(), type(nothing()).__name__)
def divide(a, b):
    if b == 0:
        return "inf" if a else "nan"
    q, r = divmod(a, b)
    return q, r
print(divide(7, 2), divide(1, 0), divide(0, 0))
