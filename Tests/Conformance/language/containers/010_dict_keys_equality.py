# rule: dict keys use hash and ==: 1, 1.0 and True are the same key; tuples as keys; unhashable keys fail
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid.get((2, 1)), (0, 0) in grid)
m = {0: "zero", -0.0: "neg zero", False: "false"}
print(m)
for bad in ([1], {"a": 1}, {1}):
    try:
        d[bad] = 1
    except TypeError as e:
        print("TypeError:", e)
print({(1, 2): "ok", (1, (2, 3)): "nested"})
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
