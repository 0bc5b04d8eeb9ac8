# rule: __slots__ classes reject unknown attributes (no __dict__), subclasses inherit the slots
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3D(Point):
    __slots__ = "z"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3D({self.x}, {self.y}, {self.z})"


class Tagged(Point):
    pass


class Flexible:
    __slots__ = ("name", "__dict__")


p = Point(1, 2)
p.x += 10
print(p, Point.__slots__, Point3D.__slots__)
for target, attr in [(p, "z"), (Point3D(1, 2, 3), "w")]:
    try:
        setattr(target, attr, 0)
    except AttributeError as e:
        print("AttributeError:", e, "| name:", e.name, "| obj is None:", e.obj is None)
try:
    print(p.__dict__)
except AttributeError as e:
    print("no __dict__:", e)
try:
    vars(p)
except TypeError as e:
    print("vars:", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("deleted slot:", e, e.name)
t = Tagged(0, 0)
t.label = "origin"
print(t, t.label, hasattr(t, "__dict__"))
f = Flexible()
f.name = "free"
f.extra = 1
print(f.name, f.extra, hasattr(f, "__dict__"))
try:
    class Broken:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Numbered:
        __slots__ = ("ok", 2)
except TypeError as e:
    print("TypeError:", e)
pts = [Point3D(i, i * i, -i) for i in range(4)]
print(sorted(pts, key=lambda q: q.z), sum(q.y for q in pts))
q = Point(5, 6)
q.colour = "red"
