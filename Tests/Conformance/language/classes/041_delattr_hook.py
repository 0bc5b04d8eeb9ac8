# rule: del obj.attr calls a class's __delattr__, which can refuse or delegate to object.__delattr__
class Record:
    protected = ("id",)

    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def __delattr__(self, name):
        if name in self.protected:
            raise AttributeError(f"field {name!r} cannot be deleted")
        print(f"deleting {name}")
        object.__delattr__(self, name)


r = Record(id=7, name="ann", temp=True)
del r.temp
print(sorted(vars(r)))
try:
    del r.id
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.temp
except AttributeError as e:
    print("AttributeError:", e)
try:
    object.__delattr__(r, 5)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
p.x = 1
del p.x
print(hasattr(p, "x"))
del r.nothing_here
