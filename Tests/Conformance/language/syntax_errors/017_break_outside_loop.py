# rule: break outside a loop is a SyntaxError "'break' outside loop"
def check(x):
    if x:
        break
    return x
