# rule: traceback carets mark the failing operator with ^ and its operands with ~ in compound expressions
def ratio(parts):
    a, b = parts
    return (a + 1) * 2 / (b - b) + 7

values = [(1, 2)]
print([ratio(p) for p in values])
