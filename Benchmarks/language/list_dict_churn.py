# Building, indexing and deleting from lists and dicts.
d = {}
items = []
for i in range(300_000):
    key = i % 5_000
    d[key] = d.get(key, 0) + i
    items.append(key)
    if len(items) > 1_000:
        del items[:500]
keys = sorted(d)[:5]
print(len(d), len(items), keys, d[4_999])
