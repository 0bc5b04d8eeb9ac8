# rule: defining __eq__ without __hash__ makes instances unhashable; __hash__ enables dict/set use
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
class NoHash:
    def __eq__(self, other):
        return True
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
print(NoHash.__hash__ is None, NoHash() == 5)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
