# rule: `in` uses __contains__, then __iter__, then __getitem__; == comparisons; identity shortcut for nan
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return x % 2 == 0
class Countdown:
    def __iter__(self):
        print("  __iter__")
        return iter([3, 2, 1])
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(4 in Evens(), 3 in Evens(), 2 in Countdown(), 7 in Countdown(), 9 in Squares(), 10 in Squares())
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan))
print(1 in [1.0], "a" in {"a": 1}, 1 in {"a": 1}.values(), (1, 2) in [(1, 2)], [1] in [[1]])
try:
    3 in 5
except TypeError as e:
    print("TypeError:", e)
