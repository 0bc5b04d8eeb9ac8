# rule: a suspended generator is closed when its last reference goes (rebinding, del, a function returning, interpreter exit in namespace order), running its finally blocks
def resource(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  close", tag)
g = resource("a")
next(g)
g = resource("b")
print("rebound: a is gone")
next(g)
def use_locally():
    h = resource("local")
    print("  got", next(h))
    print("  leaving use_locally")
use_locally()
print("after use_locally")
t = resource("deleted")
next(t)
del t
print("after del")
fresh = resource("never started")
del fresh
print("an unstarted generator runs nothing")
done = resource("exhausted")
print(list(done))
del done
print("an exhausted generator closes nothing")
def outer():
    inner = resource("inner")
    yield from inner
o = outer()
next(o)
o = None
print("after dropping a yield from chain")
_private = resource("_private")
next(_private)
last = resource("last")
next(last)
print("end of module")
