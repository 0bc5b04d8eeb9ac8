# rule: __slots__ limits instance attributes to the declared names (inherited slots too; a base without __slots__ or a "__dict__" slot gives a dict back); vars() and __dict__ fail without one; a slot conflicting with a class variable is a ValueError; __init_subclass__ is an implicit classmethod run for every subclass
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
p = P()
p.y = 2
print(p.x, p.y, P.__slots__)
for f in [lambda: setattr(p, "z", 1), lambda: vars(p), lambda: p.__dict__]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class R(P):
    __slots__ = "w"
r = R()
r.w, r.x = 1, 2
try:
    r.v = 3
except AttributeError as e:
    print(e)
class Q(P):
    pass
q = Q()
q.z = 5
print(q.z, "z" in vars(q))
class S:
    __slots__ = ["a", "__dict__"]
s = S()
s.b = 1
print(s.b, vars(s))
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
registry = []
class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls.__name__)
        print("registered", cls.__name__, type(Plugin.__dict__["__init_subclass__"]).__name__)
class Csv(Plugin):
    pass
class Json(Plugin):
    pass
class Json5(Json):
    pass
print(registry)
class Plain:
    pass
class Child(Plain):
    def __init_subclass__(cls):
        print("only for subclasses of Child, not", cls.__name__ == "Child")
class Grandchild(Child):
    pass
