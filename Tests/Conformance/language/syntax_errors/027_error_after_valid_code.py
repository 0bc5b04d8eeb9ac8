# rule: a SyntaxError anywhere stops the whole program before any statement runs (no output)
print("this is never printed")
def ok():
    return 1
def broken(:
    pass
