# rule: LEGB name resolution: local, enclosing, global, builtin; shadowing builtins; del restores builtin
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    def inner_local():
        x = "local x"
        return x
    return inner(), inner_local()
print(outer(), x)
def use_len(s):
    return len(s)
len = lambda s: "shadowed"
print(use_len("abc"))
del len
print(use_len("abc"))
def counter_demo():
    total = 0
    def add():
        return total + 1
    total = 5
    return add()
print(counter_demo())
def read_global():
    return y
y = "defined later"
print(read_global())
