# rule: ranges with bounds or lengths beyond 64 bits: indexing, slicing, membership, iteration, equality and len's OverflowError
big = range(10 ** 20)
print(big, big[-1], big[10 ** 19], big[5:10], big[::10 ** 19], big[-3:], 10 ** 19 in big, -1 in big, bool(big))
r = range(-2 ** 63, 2 ** 63, 2 ** 62)
print(r, len(r), list(r), r.index(0), r.count(2 ** 62), r[-1], r.start, r.stop, r.step)
edge = range(2 ** 63 - 3, 2 ** 63 + 2)
print(list(edge), len(edge), edge[::-1], list(edge[::2]), 2 ** 63 in edge)
print(range(0, 10 ** 30, 10 ** 29) == range(0, 10 ** 30 - 1, 10 ** 29), range(10 ** 20)[:0] == range(0), list(range(10 ** 25, 10 ** 25 + 3)))
print(5.0 in range(10), 2.5 in range(10), range(10).index(True), list(range(10)[2:8:3]), range(10)[::-2], range(3, -7, -2)[1:])
for fn in (lambda: len(big), lambda: big[10 ** 20], lambda: range(0, 10, 0), lambda: range(10)["a"], lambda: range(10)[::0], lambda: big.index(-5)):
    try:
        print(fn())
    except (OverflowError, IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
total = 0
for i in range(2 ** 64, 2 ** 64 + 5):
    total += i
print(total, sum(range(10 ** 18, 10 ** 18 + 4)), max(range(2 ** 70, 2 ** 70 + 3)), next(iter(reversed(range(5)))))
