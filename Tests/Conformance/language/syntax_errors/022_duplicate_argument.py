# rule: duplicate parameter names report "duplicate argument 'x' in function definition"
def area(x, y, x):
    return x * y
