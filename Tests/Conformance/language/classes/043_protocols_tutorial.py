# rule: tutorial-style protocols: __getitem__/__setitem__/__delitem__ with tuples, __matmul__, __call__, __contains__, __reversed__, __iadd__, iterator classes, __radd__/__round__/__int__/__float__/__index__, global/closure late binding, defaults and keyword-only errors, lambdas, stable sorts, assert messages, yield from tree walk, RecursionError, uncaught IndexError
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __delitem__(self, idx):
        del self.rows[idx]
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])
    def __iter__(self):
        return iter(self.rows)
    def __call__(self, scale):
        return Matrix([[x * scale for x in r] for r in self.rows])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __contains__(self, x):
        return any(x in r for r in self.rows)
    def __reversed__(self):
        return reversed(self.rows)
    def __iadd__(self, other):
        self.rows = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)]
        return self
m = Matrix([[1, 2], [3, 4]])
print(m[0], m[1, 1], m @ m, m(10), 4 in m, 9 in m, list(reversed(m)), [r for r in m])
m[0, 0] = 9
m += Matrix([[1, 1], [1, 1]])
print(m)
del m[0]
print(m, m.rows)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), next(iter(Countdown(1))), next(Countdown(0), "done"))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o): return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return f"${self.cents / 100:.2f}"
    def __round__(self, n=0): return Money(round(self.cents, n - 2))
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __index__(self): return self.cents
print(sum([Money(150), Money(275)]), Money(5) + 1, 1 + Money(5), round(Money(12345)), int(Money(999)), float(Money(250)), bin(Money(5)), [10, 20, 30][Money(1)])
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
def defaults(a, b=[], *args, c, d=4, **kw):
    b.append(a)
    return a, b, args, c, d, kw
print(defaults(1, c=3), defaults(2, c=3), defaults(1, [9], 7, 8, c=0, z=1))
try:
    defaults(1)
except TypeError as e:
    print(e)
try:
    defaults(1, 2, c=3, b=4)
except TypeError as e:
    print(e)
f = lambda *a, **k: (a, k)
print(f(1, *[2, 3], x=1, **{"y": 2}), (lambda: 42)(), (lambda x, /, y: x + y)(1, y=2))
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data), sorted(data, key=lambda t: (t[1], t[0]), reverse=True))
assert sorted(data)[0] == ("a", 2), "sorting broke"
try:
    assert 1 > 2, f"math is {'hard'}"
except AssertionError as e:
    print("AssertionError:", e)
class Node:
    def __init__(self, val, children=()):
        self.val, self.children = val, list(children)
    def walk(self, depth=0):
        yield depth, self.val
        for c in self.children:
            yield from c.walk(depth + 1)
tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, val in tree.walk():
    print("  " * depth + val)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
m.rows[5]
