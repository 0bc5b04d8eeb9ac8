# rule: a tutorial-style Vector/Stack/Temperature: arithmetic and reflected dunders, rich comparisons, __hash__/__iter__/__getitem__/__format__, __slots__ rejecting new attributes, context manager suppressing an exception, properties with setters, classmethod/staticmethod, __init_subclass__ and super()
# classes with dunders
import math
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __le__(self, other):
        return abs(self) <= abs(other)
    def __gt__(self, other):
        return abs(self) > abs(other)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), v + w, v - w, v * 2, 3 * w, -v, abs(v), bool(Vector()), bool(v))
print(v == Vector(3, 4), v != w, v > w, v <= w, sorted([v, w, Vector(0, 1)]), max(v, w))
print(list(v), tuple(w), v[0], v[-1], len(v), {v, Vector(3, 4), w} == {v, w}, f"{v:.2f}", format(w, "+d"))
x, y = v
print(x, y, dict(zip("xy", v)), sum(v), [*v, *w])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)

class Stack:
    def __init__(self, items=None):
        self._items = list(items or [])
    def push(self, item):
        self._items.append(item)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __contains__(self, item):
        return item in self._items
    def __repr__(self):
        return f"{type(self).__name__}({self._items})"
    def __enter__(self):
        print("enter", self)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is IndexError

s = Stack([1, 2]).push(3).push(4)
print(s, len(s), 3 in s, 9 in s, s.pop(), s)
with Stack() as st:
    st.push("a")
    st.pop()
    st.pop()
print("after with")

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f):
        t = cls(0)
        t.fahrenheit = f
        return t
    @staticmethod
    def valid(c):
        return c >= -273.15
t = Temperature.from_f(212)
print(t.celsius, t.fahrenheit, Temperature.valid(-300), vars(t), Temperature.__name__, type(t).__qualname__)
class Animal:
    sound = "..."
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("subclass", cls.__name__)
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
print([a().speak() for a in (Animal, Dog, Puppy)], Puppy.__mro__, issubclass(Puppy, Animal), isinstance(Puppy(), Dog))
