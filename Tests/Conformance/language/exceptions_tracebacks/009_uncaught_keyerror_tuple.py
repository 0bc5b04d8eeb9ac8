# rule: KeyError with a tuple key prints the tuple repr; with a string containing quotes uses repr
grid = {(0, 0): "start", (1, 0): "path"}
try:
    grid[("x", "it's")]
except KeyError as e:
    print("caught:", e, repr(e))
print(grid[(0, 0)], grid[(1, 0)])
print(grid[(2, 1)])
