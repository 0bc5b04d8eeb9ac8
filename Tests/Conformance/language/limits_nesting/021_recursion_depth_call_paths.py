# rule: how many recursion levels a call path costs decides where RecursionError strikes: class calls, repr/str/print of objects with __repr__, builtins called before and after code warms up, while/for loops
def probe(n=0):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
class K:
    def __init__(self, n):
        global deepest
        deepest = n
        K(n + 1)
deepest = 0
try:
    K(0)
except RecursionError as e:
    print("class calls in __init__:", deepest, e)
class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __repr__(self):
        global deepest
        deepest = self.depth
        nxt = Chain(self.depth + 1)
        return repr(nxt)
try:
    repr(Chain(0))
except RecursionError as e:
    print("repr chain:", deepest, e)
class A:
    def __repr__(self):
        return "A" + str(probe())
class S:
    def __str__(self):
        return "S" + str(probe())
a = A()
s = S()
print(a)
print(s)
print(repr(a), str(a), f"{a!r}", str(s), [a], "%r" % (a,))
print("format paths:", f"{a}", format(a), f"{s}", format(s), "{}".format(a))
def str_calls():
    return str(a), str(s), f"{a}", repr(a)
print("str() before warming up:", str_calls())
for _ in range(8):
    warm_str = str_calls()
print("str() once specialised:", warm_str)
print("module level:", probe(), len([probe()]), abs(probe()), max(probe(), 0), list(map(lambda v: probe(), [1])))
# sorted() is on the stack while its key runs: code that has not warmed up yet calls it
# through the generic path, which costs one more level than the specialised call.
seen = []
def key(v):
    seen.append(probe())
    return v
def sort_once():
    sorted([0], key=key)
    return seen.pop()
print("first calls of a function:", [sort_once() for _ in range(3)])
print("after warming up:", [sort_once() for _ in range(8)])
def in_while(times):
    out = []
    i = 0
    while i < times:
        sorted([0], key=key)
        out.append(seen.pop())
        i += 1
    return out
print("a while loop does not warm its code:", in_while(10))
def in_for(times):
    out = []
    for _ in range(times):
        sorted([0], key=key)
        out.append(seen.pop())
    return out
print("a for loop does:", in_for(10))
def in_while_true(times):
    out = []
    while True:
        sorted([0], key=key)
        out.append(seen.pop())
        if len(out) == times:
            return out
print("and so does while True:", in_while_true(10))
def via_sorted(n):
    deepest_sorted[0] = n
    try:
        sorted([n], key=lambda v: via_sorted(v + 1))
    except RecursionError:
        pass
    return deepest_sorted[0]
deepest_sorted = [0]
print("sorted key recursion:", via_sorted(0))
def gen_chain(n):
    global deepest
    deepest = n
    yield from gen_chain(n + 1)
try:
    next(gen_chain(0))
except RecursionError as e:
    print("yield from chain:", deepest, e)
