# rule: sort keys with ties, reverse stability, sorting lists of lists/tuples/strings and key errors mid-sort
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len, reverse=True))
print(sorted([[3, 1], [2, 9], [3, 0], [2]]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(sorted([0.1, -0.0, 0.0, -1, 1e-300]), sorted([True, False, 2, -1]))
items = [3, 1, 2]
items.sort(key=lambda v: -v)
print(items, sorted("Mississippi"), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
def bad_key(v):
    if v == 2:
        raise ValueError("cannot rank 2")
    return v
lst = [3, 1, 2, 0]
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, lst)
