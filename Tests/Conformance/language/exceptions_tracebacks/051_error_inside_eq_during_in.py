# rule: an exception raised by __eq__ during `in` propagates; builtin C frames do not appear in the traceback
class Flaky:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        if self.name == "bad":
            raise RuntimeError(f"cannot compare {self.name}")
        return isinstance(other, Flaky) and other.name == self.name

items = [Flaky("a"), Flaky("b")]
print(Flaky("b") in items, items.index(Flaky("b")), items.count(Flaky("a")))
print(Flaky("bad") in items, "(the element's __eq__ is called first)")
items.append(Flaky("bad"))
print(Flaky("zzz") in items)
