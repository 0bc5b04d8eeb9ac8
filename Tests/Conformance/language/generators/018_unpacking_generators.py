# rule: generators can be unpacked with * and multiple assignment; too many/too few values errors
def three():
    yield "a"
    yield "b"
    yield "c"
x, y, z = three()
print(x, y, z, [*three(), *three()], (*three(),), {*range(3)})
first, *rest = three()
print(first, rest)
try:
    a, b = three()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = three()
except ValueError as e:
    print("ValueError:", e)
print(dict(zip(three(), range(3))), " ".join(three()), sorted(three(), reverse=True))
