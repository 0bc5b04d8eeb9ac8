# rule: __enter__/__exit__: the with statement's return value binding, exception info, and suppression
class Resource:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  open {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  close {self.name}; exc={exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress
with Resource("a") as r:
    print("inside", r.name)
with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Resource("outer") as o, Resource("inner") as i:
    print("both", o.name, i.name)
def early():
    with Resource("ret"):
        return "returned"
print(early())
