# rule: type() of values, type equality vs isinstance with subclasses, classes as objects
class A:
    pass
class B(A):
    pass
objs = [1, 1.0, "s", [], {}, (), set(), None, True, A(), B(), A, len, print]
for o in objs:
    print(type(o).__name__, end=" ")
print()
b = B()
print(type(b) is B, type(b) is A, isinstance(b, A), type(b) == A, isinstance(A, type), type(A).__name__, type(type))
print(isinstance(1, (str, int)), issubclass(bool, (str, int)), issubclass(B, B), isinstance(None, type(None)))
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
