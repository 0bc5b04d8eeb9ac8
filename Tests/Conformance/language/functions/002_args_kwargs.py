# rule: *args and **kwargs collection, unpacking at call sites, and their types
def report(title, *values, sep=", ", **options):
    print(title, type(values).__name__, values, sep, type(options).__name__, options)
report("a")
report("b", 1, 2, 3)
report("c", *[4, 5], *range(2), sep=" | ", color="red", **{"size": 3})
def total(*nums):
    return sum(nums)
print(total(), total(1), total(*range(101)))
def kw_only(a, *, b, c=3):
    return a, b, c
print(kw_only(1, b=2), kw_only(a=0, b=0, c=0))
def three(a, b, c):
    return a + b + c
print(three(1, 2, 3), three(1, 2, c=3), three(c=1, b=2, a=3))
args = (1, 2)
kwargs = {"c": 10}
print(three(*args, **kwargs), three(*"ab", **{"c": "c"}), dict(**kwargs, d=4))
