# rule: annotations are evaluated and stored but never checked; __annotations__ contents
def scale(values: list[float], factor: float = 2.0) -> list[float]:
    return [v * factor for v in values]
print(scale([1, 2], 3), scale(["ab"], 2), scale.__annotations__)
def greet(name: str, times: "int" = 1) -> None:
    print((name + " ") * times)
greet("hi", 2)
print(greet.__annotations__)
count: int = 5
label: str
print(count, __annotations__)
class Point:
    x: int
    y: int = 0
print(Point.__annotations__, Point.y, hasattr(Point, "x"))
def untyped(a, b=1):
    return a
print(untyped.__annotations__)
