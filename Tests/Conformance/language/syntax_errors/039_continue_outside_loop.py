# rule: continue outside a loop is "'continue' not properly in loop"
def skip(x):
    if x < 0:
        continue
    return x
