# rule: idiomatic loops with enumerate/zip/dict.items; zip truncates; zip(strict=True) errors
names = ["ann", "bob", "cy"]
scores = [90, 85, 77, 60]
for i, (name, score) in enumerate(zip(names, scores), 1):
    print(f"{i}. {name:<4}{score}")
pairs = dict(zip(names, scores))
print(pairs, list(zip(*pairs.items())))
try:
    list(zip(names, scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(scores, names, strict=True))
except ValueError as e:
    print("ValueError:", e)
for idx, ch in reversed(list(enumerate("abc"))):
    print(idx, ch, end="; ")
print()
print([(i, j) for i, j in zip(range(3), range(10, 13))], list(map(sum, zip([1, 2], [3, 4], [5, 6]))))
