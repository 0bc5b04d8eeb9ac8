# rule: iter() of each builtin returns CPython's named iterator type (list_iterator, str_ascii_iterator, dict_keyiterator, …), also in error messages
inventory = {"apple": 3, "pear": 0}
sources = {
    "list": [1, 2], "tuple": (1,), "ascii str": "abc", "non-ascii str": "naïve", "range": range(5),
    "huge range": range(10 ** 20), "dict": inventory, "keys": inventory.keys(), "values": inventory.values(),
    "items": inventory.items(), "set": {3, 1}, "bytes": b"hi",
}
for label, obj in sources.items():
    it = iter(obj)
    print(f"{label:>13}: {type(it).__name__:<20} first={next(it)!r}")
print(type(reversed([1, 2])).__name__, type(reversed("ab")).__name__, type(reversed(range(3))).__name__,
      type(reversed(inventory)).__name__, type(reversed(inventory.items())).__name__)
ticks = iter([1, 2, 3, 0, 5])
sentinel_iter = iter(lambda: next(ticks), 0)
print(type(sentinel_iter).__name__, list(sentinel_iter))
print(type(enumerate("a")).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
it = iter([10, 20, 30])
print(it.__next__(), next(it), list(it), next(it, "done"), iter(it) is it)
try:
    iter([1])[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(iter("abc"))
except TypeError as e:
    print("TypeError:", e)
print(iter({}.values()) + 1)
