# rule: carets under a failing method call in a chained expression; AttributeError on int
def normalise(values):
    return [v.strip().lower() for v in values]

print(normalise([" A", "b "]))
print(normalise(["ok", 42]))
