# rule: range objects: len, indexing, slicing, containment, equality, repr and errors
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(5) == range(0, 5, 1), range(0) == range(2, 1), list(range(-3)), list(range(0, -10, -4)), range(10)[::3])
print(repr(range(2, 8)), str(range(1, 9, 2)), range(10 ** 20)[-1], len(range(0, 10 ** 18, 7)))
for fn in (lambda: range(0, 5, 0), lambda: r[10], lambda: range(1.5), lambda: r.index(8)):
    try:
        fn()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
