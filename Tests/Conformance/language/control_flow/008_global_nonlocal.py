# rule: global and nonlocal rebind outer names; assignment makes a name local (UnboundLocalError)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print("counter", counter)
def make_accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
value = "global"
def shadow():
    value = "local"
    return value
print(shadow(), value)
def broken():
    print(value)
    value = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def outer():
    x = 1
    def inner():
        return x + 1
    x = 10
    return inner()
print(outer())
