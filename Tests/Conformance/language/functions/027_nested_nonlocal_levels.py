# rule: nonlocal binds to the nearest enclosing function scope, across three levels; class bodies are skipped
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    result = middle()
    return x, result
print(outer())
def level1():
    count = 0
    def level2():
        def level3():
            nonlocal count
            count += 1
            return count
        return level3
    inc = level2()
    inc(); inc()
    return count
print(level1())
def with_class():
    value = "function scope"
    class Inner:
        value = "class scope"
        def get(self):
            return value
    return Inner().get(), Inner.value
print(with_class())
