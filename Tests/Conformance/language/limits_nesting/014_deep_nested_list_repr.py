# rule: a list nested 100000 deep can be built and freed; repr and == on it raise RecursionError with CPython's messages
x = []
for _ in range(100000):
    x = [x]
print("built")
try:
    repr(x)
except RecursionError as e:
    print("repr:", e)
y = []
for _ in range(100000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("==:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("str(dict):", e)
del x, y, d
print("freed without crashing")
shallow = [[1]] * 3
print(shallow == [[1], [1], [1]], len(str([[[[[[[[[[0]]]]]]]]]])))
