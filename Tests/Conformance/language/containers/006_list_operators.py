# rule: list +, *, ==, <, in, repeated references from *, and aliasing through mutation
a = [1, 2]
print(a + [3], a * 3, [0] * 0, [a] * 2, a == [1, 2], a < [1, 3], [1, 2, 3] < [1, 2], [] < [0], 2 in a)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
b = a
b += [3]
print(a, b, a is b)
c = a
c = c + [4]
print(a, c)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(t)
for fn in (lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] < ["a"]):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
