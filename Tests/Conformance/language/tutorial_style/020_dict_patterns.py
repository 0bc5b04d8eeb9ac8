# rule: dict idioms: get/setdefault/pop/update/|, comprehension inversion, nested grouping and KeyError tracebacks
inventory = {"apples": 5, "pears": 0, "kiwis": 12}
print(inventory.get("plums"), inventory.get("plums", 0), inventory.setdefault("plums", 3), inventory)
restock = {"pears": 10, "figs": 4}
merged = inventory | restock
inventory.update(restock, limes=7)
print(merged == {k: v for k, v in inventory.items() if k != "limes"}, inventory)
print(inventory.pop("figs"), inventory.pop("durian", "none"), list(inventory))
inverse = {v: k for k, v in inventory.items()}
print(inverse)
orders = [("ann", "tea"), ("bo", "coffee"), ("ann", "cake"), ("cy", "tea"), ("bo", "tea")]
by_person = {}
for person, item in orders:
    by_person.setdefault(person, []).append(item)
print(by_person)
by_item = {}
for person, item in orders:
    by_item[item] = by_item.get(item, 0) + 1
print(sorted(by_item.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {"a": {"x": 1, "y": {"deep": [1, 2]}}, "b": {}}
print(nested["a"]["y"]["deep"][-1], nested.get("b", {}).get("x", "?"))
keys, vals = list(inventory.keys()), list(inventory.values())
print(keys[:2], sum(vals), max(inventory, key=inventory.get), "kiwis" in inventory, 12 in inventory)
del inventory["apples"]
print(len(inventory), list(inventory.items())[0], dict.fromkeys("ab", 0), dict([("x", 1)], y=2))
counts = dict(zip("abc", range(3)))
for k in list(counts):
    if counts[k] == 1:
        del counts[k]
print(counts)
try:
    for k in counts:
        counts[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(inventory["durian"])
