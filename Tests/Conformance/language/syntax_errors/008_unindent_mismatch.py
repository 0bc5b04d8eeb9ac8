# rule: a dedent to a column that matches no outer level reports "unindent does not match any outer indentation level"
def f():
        x = 1
    return x
