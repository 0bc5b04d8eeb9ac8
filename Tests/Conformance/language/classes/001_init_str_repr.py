# rule: __init__, __str__ and __repr__: print uses str, containers use repr, default repr falls back
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    def __repr__(self):
        return f"Temperature({self.celsius!r})"
    def __str__(self):
        return f"{self.celsius:.1f}°C"
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
t = Temperature(21.456)
print(t, str(t), repr(t), [t], (t,), {"t": t}, f"{t}", f"{t!r}", "%s %r" % (t, t))
o = OnlyRepr()
print(o, str(o), [o], f"{o}")
print(type(t).__name__, type(t), Temperature.__name__, Temperature.__qualname__, isinstance(t, Temperature))
