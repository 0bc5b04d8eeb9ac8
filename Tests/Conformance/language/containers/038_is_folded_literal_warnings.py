# rule: "is" with a literal also warns for constants CPython's optimiser folds (negative numbers, tuples of constants, ()), once per line; empty tuples are one object
def classify(value):
    if value is -1:
        return "minus one"
    if value is (0, 0):
        return "origin"
    if value is not ():
        return "non-empty or other"
    return "empty tuple"


codes = [-1, (0, 0), (), "x"]
print([classify(c) for c in codes])
empty_a, empty_b = (), tuple()
print(empty_a is empty_b, () is (), tuple([]) is (), (1,) == (1,))
x = 5
print(x is ~True, x is not (None,), x is (x, 1), x is -x, x is None)
