# rule: dict insertion order, update/overwrite keeping position, deletion, get/setdefault/pop/popitem
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.values()), list(d.items()))
del d["b"]
d["b"] = 200
print(d)
print(d.get("zz"), d.get("zz", 0), d.setdefault("a", 99), d.setdefault("n", []), d)
print(d.pop("a"), d.pop("missing", "default"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, len(d), "x" in d, 1 in d)
for fn in (lambda: d["nope"], lambda: d.pop("nope"), lambda: {}.popitem(), lambda: {[]: 1}):
    try:
        fn()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), {**d, "x": 0})
