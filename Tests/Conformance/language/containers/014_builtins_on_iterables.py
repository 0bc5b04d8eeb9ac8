# rule: len/sum/min/max/any/all/enumerate/zip/reversed/map/filter/range behaviours incl. empties and defaults
data = [4, -2, 7, 0, 3]
print(len(data), sum(data), sum(data, 10), min(data), max(data), any(data), all(data), any([]), all([]))
print(list(enumerate("abc")), list(enumerate("abc", start=1)), list(zip([1, 2, 3], "ab")), list(zip()))
print(list(reversed(data)), list(map(abs, data)), list(filter(None, data)), list(filter(lambda v: v > 2, data)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), max([], default="empty"), min("zebra"), max(3, 9, 2))
print(sum([[1], [2]], []), sum([0.1] * 3), sum(range(101)), list(range(10, 0, -3)), range(0, 10, 3)[-1], len(range(5, 1)))
print(list(zip(*[(1, "b"), (2, "a")])), dict(enumerate("xy")), list(zip(*["ab", "cd"])))
for fn in (lambda: max([]), lambda: min(), lambda: sum(["a", "b"], ""), lambda: list(zip([1], [2], strict=True)) + list(zip([1], [], strict=True))):
    try:
        print(fn())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
