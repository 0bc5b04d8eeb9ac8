# rule: dicts keep insertion order through deletes and re-inserts; dict equality ignores order
d = {}
for word in "the quick brown fox jumps over the lazy dog".split():
    d[word] = d.get(word, 0) + 1
print(d)
del d["quick"]
d["quick"] = 1
d.pop("the")
d["the"] = 2
print(list(d))
print(list(d.items())[:3], next(iter(d)), next(reversed(d)))
copy = dict(sorted(d.items()))
print(copy, copy == d, list(copy) == list(d))
inverted = {}
for k, v in d.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
