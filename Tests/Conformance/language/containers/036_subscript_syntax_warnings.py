# rule: compile-time SyntaxWarnings for displays indexed by non-ints or never subscriptable (printed once per occurrence, before the program runs)
def never_called():
    a = [1, 2][1.5]
    b = (1, 2)["x"]
    c = "abc"[None]
    d = [x for x in "ab"][-2.0]
    e = {1, 2}[0]
    f = 5[0]
    g = (lambda: 0)[0]
    h = [1][1:2], (1, 2)[True], "ab"[-1], {"k": 1}["k"], [1][1, 2]
    return a, b, c, d, e, f, g, h
print("compiled", [1, 2][1], (1, 2)[-1])
x = [1, 2]
x[1.0:2] if False else None
print(x is 1, x is not "a")
