# rule: tuple packing/unpacking, starred targets, nested targets, swaps and unpacking errors
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*head, tail = "abc"
print(head, tail)
a, (b, c), d = 1, [2, 3], 4
print(a, b, c, d)
x, y = y, x
print(x, y)
for name, (lo, hi) in [("a", (1, 2)), ("b", (3, 4))]:
    print(name, lo + hi)
[p, q] = (7, 8)
print(p, q, (1,), (), tuple("ab"), (1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3))
for fn in ("a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, *b, c = [1]", "a, b = 5"):
    try:
        if fn == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        elif fn == "a, b, c = (1, 2)":
            a, b, c = (1, 2)
        elif fn == "a, *b, c = [1]":
            a, *b, c = [1]
        else:
            a, b = 5
    except (ValueError, TypeError) as e:
        print(fn, "->", type(e).__name__, e)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[::-1], max(t), 2 in t)
