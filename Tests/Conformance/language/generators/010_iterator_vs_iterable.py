# rule: iter() on iterables gives fresh iterators; iterators return themselves; generator objects are iterators
nums = [1, 2, 3]
it1, it2 = iter(nums), iter(nums)
print(next(it1), next(it1), next(it2), iter(it1) is it1)
def gen():
    yield from nums
g = gen()
print(iter(g) is g, next(g), list(g), list(g))
r = range(3)
print(list(r), list(r), iter(r) is iter(r))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(d.items()))
s = "xyz"
si = iter(s)
print(next(si), "".join(si), s)
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
z = zip("ab", "cd")
print(next(z), list(z))
