# rule: nested list comprehensions, zip(*rows) transposition and formatted matrix printing
def show(name, m):
    print(f"{name}:")
    width = max(len(f"{v:g}") for row in m for v in row)
    for row in m:
        print("  [" + " ".join(f"{v:>{width}g}" for v in row) + "]")


def matmul(a, b):
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
show("a", a)
show("transpose(a)", [list(r) for r in zip(*a)])
show("a x b", matmul(a, b))
show("a x I", matmul(a, identity))
show("scaled", [[v * 0.5 for v in row] for row in a])
print("diagonal:", [identity[i][i] for i in range(3)])
print("flattened:", [v for row in b for v in row])
print("row sums:", [sum(r) for r in a], "col sums:", [sum(c) for c in zip(*a)])
names = ["x", "y", "z"]
values = [3.5, -1, 2]
print(dict(zip(names, values)), list(zip(names, values, "ab")))
pairs = sorted(zip(values, names))
print(pairs, list(zip(*pairs)))
print(list(enumerate(names, start=1)), [i * v for i, v in enumerate(values)])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias)
try:
    matmul([[1, 2]], [[1, 2]])
    print(matmul([[1, 2]], [[1], [2], [3]]))
except TypeError as e:
    print("TypeError:", e)
