# rule: the f-string '=' specifier keeps the expression text and spacing and defaults to repr
x = 42
name = "Ada"
items = [1, 2, 3]
ratio = 2 / 3
print(f"{x=}")
print(f"{x = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{ratio=:.3f}")
print(f"{ratio = :>10.2%}")
print(f"{len(items)=}")
print(f"{items[1:]=}  {x * 2 + 1=}")
print(f"{name.upper()=} {x>40=} {x if x else 0 = }")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(f"{p=}", f"{p.x=}", f"{p=!s}")
