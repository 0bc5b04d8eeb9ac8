# rule: set methods and operators, subset relations and errors of remove/pop
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a <= {1, 2, 3, 4, 5}, a < a, a.issubset(a), a.issuperset({1}), a.isdisjoint({9}), {1} > set())
c = a.copy()
c |= {10}
c &= {1, 10, 4}
c -= {1}
c ^= {20, 4}
print(c, a)
print(set() == set(), {1, 2} == {2, 1}, {1} < {1, 2} < {1, 2, 3}, set([3, 1, 2]) | {9})
e = set()
for fn in (lambda: e.remove(3), lambda: e.pop(), lambda: {[1]}, lambda: e.add([])):
    try:
        fn()
    except (KeyError, TypeError, AttributeError) as err:
        print(type(err).__name__, err)
print(set("aaa"), set([1, 2, 2]), set((3,)), set({4: 1}), set(range(3)).union([7], (8,)))
