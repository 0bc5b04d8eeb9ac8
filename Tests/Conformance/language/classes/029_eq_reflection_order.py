# rule: == tries the left operand's __eq__, then the right's; subclass reflected methods take priority
class A:
    def __eq__(self, other):
        print("  A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("  B.__eq__")
        return True
print(A() == B())
print(B() == A())
print(A() == A())
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), 1 + Base())
