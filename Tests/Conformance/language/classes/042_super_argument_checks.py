# rule: super() checks its object (instance or subclass of the class), also inside a comprehension where the first argument is the iterator
class Shape:
    def names(self):
        return ["shape"]


class Square(Shape):
    def names(self):
        return [n.upper() for n in super().names()] + ["square"]

    def nested(self):
        return [super().names() for _ in range(1)]

    def explicit(self, other):
        return super(Square, other).names()


sq = Square()
print(sq.names(), sq.explicit(Square()), super(Square, sq).names())
print(type(super(Square, sq)).__name__, super(Square, sq).__class__.__name__)
for label, fn in [("comprehension", sq.nested), ("wrong object", lambda: sq.explicit(5))]:
    try:
        fn()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")
print(super(Square, Square).names(sq))
sq.explicit("text")
