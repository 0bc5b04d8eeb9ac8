# rule: zip(strict=True) length errors, map with several iterables, filter(None), iter with a sentinel, reversed and enumerate start
names = ["ann", "bob", "cyd"]
scores = [91, 78, 85]
print(list(zip(names, scores, strict=True)))
try:
    list(zip(names, scores[:2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(names[:1], scores, strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda a, b: f"{a}:{b}", names, scores)), list(map(pow, [2, 3], [5, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b22c")))
chunks = iter(["header", "row1", "row2", "END", "junk"])
print(list(iter(lambda: next(chunks), "END")), next(chunks))
print(list(reversed(range(1, 10, 3))), list(enumerate("abc", start=10)), list(reversed({"x": 1, "y": 2})))
pairs = list(zip(*[("a", 1), ("b", 2)]))
print(pairs, dict(zip(*pairs)) if False else dict(zip(pairs[0], pairs[1])))
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
print(sum(x * y for x, y in zip(range(5), range(5, 10))), any(map(str.isupper, "abC")), all([]))
print(max(zip(scores, names)), min(enumerate(scores), key=lambda p: p[1]))
total = 0
for i, (name, score) in enumerate(zip(names, scores), 1):
    total += score
    print(f"{i}. {name:<4}{score:>4}{total / i:>8.2f}")
print(list(zip()), list(zip("ab")), list(map(len, ["", "ab", "abcd"])))
