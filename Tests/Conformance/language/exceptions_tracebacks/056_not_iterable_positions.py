# rule: "not iterable" and __next__ errors point at the whole comprehension (every loop of it) or the whole for statement, as 3.11 compiles GET_ITER/FOR_ITER
import sys


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise RuntimeError("countdown broke")
        self.n -= 1
        return self.n


def report(label, fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(f"{label}: {type(e).__name__}: {e} (line {tb.tb_lineno})")


def tags(users):
    return [t.upper() for u in users for t in u["tags"]]


def pairs(groups):
    return {(a, b) for g in groups for a in g for b in g[a]}


def first_loop(d):
    return [x for x in d["missing"]]


report("inner loop", lambda: tags([{"tags": ["a"]}, {"tags": None}]))
report("third loop", lambda: pairs([{"k": 5}]))
report("outer key", lambda: first_loop({}))
report("custom iterator", lambda: list(Countdown(2)))
print(tags([{"tags": ["x", "y"]}]), sorted(pairs([{"k": "ab"}])))
for n in Countdown(1):
    print("counted", n)
    break


def scan(rows):
    total = 0
    for row in rows:
        for cell in row:
            total += cell
    return total


print(scan([[1, 2], [3]]), file=sys.stderr)
tags([{"tags": ["ok"]}, {"tags": 7}])
