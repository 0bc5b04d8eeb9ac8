# rule: sum, any and all consume lists, ranges, generators and other iterables item by item, stopping early and seeing list changes made while they run
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i

print(sum(gen(4)), sum(range(5)), sum(range(10, 0, -3)), sum([1, 2.5, 3]), sum((x for x in [1, 2]), 10))
print(sum(range(2 ** 62, 2 ** 62 + 3)), sum([2 ** 62, 2 ** 62, 2 ** 62]), sum(range(-3, 3)), sum(range(0)))
print(any(gen(5)), all(gen(3)), any(x > 2 for x in gen(6)), all(x < 2 for x in gen(6)))
print(any([]), all([]), any(range(0)), all(range(1, 4)), any(range(1)), any({0: 1, 3: 4}))
items = [1, 2, 3]
def grow():
    for x in items:
        if len(items) < 6:
            items.append(x * 10)
        yield x
print(sum(grow()), items)
class Counting:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(sum(Counting()), any(Counting()), all(Counting()))
g = gen(3)
print(next(g), sum(g), sum(g))
def bad():
    yield 1
    raise KeyError("inside")
try:
    sum(bad())
except KeyError as e:
    print("KeyError", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
print(sum([[1], [2]], []), sum([0.1] * 10), sum([True, True, 3]))
