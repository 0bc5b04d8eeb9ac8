# rule: tutorial-style generator pipelines: chained generators and generator expressions, send-driven averager returning a value through StopIteration and yield from, throw/close, sharing an iterator in a for loop, zip/map/filter exhaustion, comprehension filters, membership on generators
def read_lines(text):
    for i, line in enumerate(text.splitlines(), 1):
        yield i, line
def grep(pattern, lines):
    for n, line in lines:
        if pattern in line:
            yield n, line
def numbered(lines):
    return (f"{n:>3}: {line}" for n, line in lines)
poem = """Roses are red
Violets are blue
Sugar is sweet
And so are you"""
print("\n".join(numbered(grep("are", read_lines(poem)))))
gen = read_lines(poem)
print(type(gen).__name__, next(gen), gen.__next__(), list(gen), next(gen, None))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def delegator():
    result = yield from averager()
    print("delegated result", result)
    yield "done"
d = delegator()
next(d)
d.send(4)
print(d.send(None))
def gen_with_throw():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"handled {e}"
g = gen_with_throw()
print(next(g), g.throw(ValueError("bad")), next(g))
g.close()
print(g.__name__, g.gi_running if hasattr(g, "gi_running") else "n/a")
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
    else:
        print("got", x)
pairs = list(zip(range(3), "abc", [True, False, None]))
print(pairs, list(zip(*pairs)), dict(zip("abc", range(3))), list(map(pow, [2, 3], [3, 2])))
evens = filter(lambda n: n % 2 == 0, range(10))
print(list(evens), list(evens), sum(range(101)), max(range(10), key=lambda n: (n % 3, n)), sorted(range(5), reverse=True))
print(list(enumerate(reversed("abc"))), [i for i in range(20) if i % 3 == 0 if i % 2 == 0], [(i, j) for i in range(3) for j in range(i)])
squares = {n: n * n for n in range(6) if n % 2}
print(squares, {v: k for k, v in squares.items()}, set(map(len, ["a", "bb", "cc"])), any(map(str.isdigit, "ab1")), all(n > 0 for n in []))
def fib_upto(n):
    a, b = 0, 1
    while a < n:
        yield a
        a, b = b, a + b
print(list(fib_upto(100)), sum(fib_upto(1000)), 89 in fib_upto(100), 90 in fib_upto(100))
