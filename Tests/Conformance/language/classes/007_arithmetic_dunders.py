# rule: arithmetic dunders, reflected operators, in-place operators and NotImplemented fallbacks
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b), a * 0.5)
c = a
c += b
print(a, c is a)
for fn in (lambda: a + 1, lambda: 1 + a, lambda: a * "s", lambda: a @ b):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
