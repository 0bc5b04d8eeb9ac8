# rule: assigning to True or to a function call reports "cannot assign to ..."
def f():
    return 1
f() = 5
