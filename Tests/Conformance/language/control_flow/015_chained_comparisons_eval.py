# rule: chained comparisons evaluate each operand once and short-circuit left to right
calls = []
def val(name, v):
    calls.append(name)
    return v
print(val("a", 1) < val("b", 2) < val("c", 3), calls)
calls.clear()
print(val("a", 5) < val("b", 2) < val("c", 3), calls)
calls.clear()
print(val("a", 1) == val("b", 1) != val("c", 2) is not None, calls)
x = 5
print(1 < x <= 5, 5 <= x < 5, x in [5] == True, (x in [5]) == True, 3 < x in range(10))
print(not 1 < 0, not (1 < 2 < 3), 1 < 2 > 1 != 1)
