# rule: @ and @= use __matmul__/__rmatmul__/__imatmul__; dict key/item views take set operators with any iterable on either side
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, M):
            return NotImplemented
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return f"rmatmul from {type(other).__name__}"
    def __repr__(self):
        return f"M({self.rows})"
class Acc:
    def __init__(self):
        self.n = 0
    def __imatmul__(self, k):
        self.n += k
        return self
a = M([[1, 2], [3, 4]])
print(a @ a, [1] @ a, 3 @ a)
acc = Acc()
acc @= 5
acc @= 2
print(acc.n)
m = a
m @= a
print(m, m is a)
for fn in (lambda: 1 @ 2, lambda: [1] @ [2], lambda: a @ 1, lambda: "s" * a):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
d = {"x": 1, "y": 2, "z": 3}
print(sorted(d.keys() & ["y", "q"]), sorted({"y", "w"} | d.keys()), sorted(["x", "x2"] - d.keys()), sorted(d.keys() ^ "xa"))
print(sorted(d.items() & {("x", 1), ("y", 5)}), sorted(d.items() - {("x", 1)}), type(d.keys() | []).__name__)
for fn in (lambda: d.values() | {1}, lambda: d.keys() | 5, lambda: 5 & d.keys()):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
