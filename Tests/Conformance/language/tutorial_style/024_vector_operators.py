# rule: a Vector class overloads arithmetic, reflected operators, unary minus, abs, ==, hash and __format__
import math


class Vector:
    def __init__(self, *components):
        self.c = tuple(components)

    def __repr__(self):
        return f"Vector{self.c}"

    def __len__(self):
        return len(self.c)

    def __iter__(self):
        return iter(self.c)

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return Vector(*(a + b for a, b in zip(self, other)))

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        if isinstance(k, (int, float)):
            return Vector(*(a * k for a in self))
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(*(-a for a in self))

    def __abs__(self):
        return math.sqrt(sum(a * a for a in self))

    def __eq__(self, other):
        return isinstance(other, Vector) and self.c == other.c

    def __hash__(self):
        return hash(self.c)

    def __bool__(self):
        return any(self.c)

    def __format__(self, spec):
        if spec.endswith("p"):
            r = abs(self)
            theta = math.degrees(math.atan2(self.c[1], self.c[0]))
            return f"<{format(r, spec[:-1])}, {format(theta, spec[:-1])}°>"
        return "(" + ", ".join(format(a, spec) for a in self) + ")"


v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 0.5 * v, v * w, -w, abs(v))
print(f"{v:.2f}", f"{w:+d}", f"{Vector(0, 2):.1fp}", format(v, ""))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}), bool(Vector(0, 0)), bool(w))
total = sum([v, w, Vector(1, 1)], Vector(0, 0))
print(total, list(total), max([v, w], key=abs))
v2 = v
v2 += w
print(v2, v, v2 is v)
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * v
except TypeError as e:
    print("TypeError:", e)
print(v * "ab")
