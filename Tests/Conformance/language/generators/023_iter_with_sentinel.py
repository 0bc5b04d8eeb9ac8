# rule: iter(callable, sentinel) calls until the sentinel appears; partial consumption when list() hits an error
data = [3, 1, 4, 0, 5, 9]
pos = {"i": 0}
def read():
    v = data[pos["i"]]
    pos["i"] += 1
    return v
print(list(iter(read, 0)), "stopped at index", pos["i"])
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(lambda: next(chunks), "")))
def risky():
    for x in [1, 2, 0, 4]:
        yield 10 // x
g = risky()
collected = []
try:
    for v in g:
        collected.append(v)
except ZeroDivisionError as e:
    print("stopped:", e, collected, next(g, "generator finished"))
