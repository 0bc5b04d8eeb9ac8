# rule: abstract-style base class with NotImplementedError, polymorphic methods, __eq__/__lt__/__hash__
import math


class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self} area={self.area():.3f} perimeter={self.perimeter():.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash((type(self).__name__,) + tuple(sorted(vars(self).items())))


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def __str__(self):
        return f"Circle(r={self.r})"


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def __str__(self):
        return f"Rect({self.w}x{self.h})"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    def __str__(self):
        return f"Square({self.w})"


class Blob(Shape):
    def __str__(self):
        return "Blob"


shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5), Rect(1, 1)]
for s in sorted(shapes):
    print(s.describe())
print("largest:", max(shapes), "| smallest:", min(shapes))
print(Rect(1, 2) == Rect(1, 2), Rect(2, 2) == Square(2), Circle(1) != Circle(2))
print(len({Rect(1, 2), Rect(1, 2), Square(3), Square(3), Circle(1)}))
print(sum(s.area() for s in shapes if isinstance(s, Rect)))
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("bare:", repr(e))
print(f"{math.pi:.5f} {math.sqrt(2):.4f} {math.floor(-2.5)} {math.ceil(2.1)} {math.hypot(3, 4)}")
print(sorted(shapes, key=lambda s: (type(s).__name__, s.perimeter()))[0])
Blob().area()
