# rule: global and nonlocal rebinding, closures over loop variables and an UnboundLocalError traceback
counter = 0
settings = {"mode": "fast"}


def bump():
    global counter
    counter += 1
    return counter


def tweak():
    settings["mode"] = "safe"


def make_accumulator():
    total = 0

    def add(x):
        nonlocal total
        total += x
        return total

    def peek():
        return total

    return add, peek


bump()
bump()
tweak()
add, peek = make_accumulator()
add(5)
add(10)
print(counter, settings, peek())
funcs = []
for i in range(3):
    def show(i=i):
        return i * 10
    funcs.append(show)
print([f() for f in funcs])
x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x
    return inner()


print(outer(), x)


def read_then_assign():
    print("reading", counter)
    counter = 5
    return counter


try:
    read_then_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def report():
    total = sum(range(counter))
    if total > 100:
        message = "big"
    return message


report()
