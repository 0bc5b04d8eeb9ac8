#!/usr/bin/env python3
"""Writes GeneratedCases.swift: small programs with the stdout/stderr/status CPython 3.11
gives them, recorded by running python3 (never typed by hand). Re-run after editing CASES:
    python3 Tests/VMTests/gen_cases.py
"""
import os, subprocess, sys, tempfile

CASES = {
"arithmetic": r'''
print(1 + 2, 7 // 2, -7 // 2, 7 % -3, 2 ** 100, 10 / 4, 1e16, 0.1 + 0.2)
print(2 ** 63, -(2 ** 63) - 1, (1 << 70) >> 3, 12345678901234567890 % 97, divmod(-7, 2))
print(abs(-3), round(2.675, 2), round(2.5), round(-1.5), int("  42 "), float("1e3"), 3 / 2 == 1.5)
print(True + True, 5 & 3, 5 | 3, 5 ^ 3, ~5, -5 >> 1, hex(255), bin(-5), oct(8))
''',
"strings": r'''
s = "Hello, Wörld"
print(len(s), s.upper(), s[7:], s[::-1], s.split(", "), "-".join(["a", "b"]), s.find("W"))
print(repr("it's"), repr('say "hi"'), f"{3.14159:.2f}|{42:>6}|{'x'!r}|{1234567:,}", "%s=%d" % ("n", 5))
print("{0}-{1}-{0}".format("a", "b"), "{name:^7}".format(name="mid"), "abc".center(7, "*"), "x".zfill(3))
print(" a b  c ".split(), "a,b,,c".split(","), "CamelCase".swapcase(), "hello world".title())
''',
"containers": r'''
d = {"b": 2, "a": 1}
d["c"] = 3
del d["b"]
print(d, list(d), d.get("z", 0), sorted(d.items()), {k: v * 2 for k, v in d.items()})
print({5, 3, 1000, -1}, {x * x for x in range(-3, 4)}, set(range(20, 0, -3)), {1, 2} | {9, 17})
l = [3, 1, 2]
l.sort()
l.append([4])
print(l, l[-1], l[1:], [1, 2] * 2, (1,), tuple("ab"), list(zip("ab", [1, 2])))
a, *rest = range(5)
print(a, rest, [i for i in range(10) if i % 3 == 0], list(enumerate("xy", 1)))
''',
"functions_closures": r'''
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = make_counter()
c(); c(5)
print(c(), c.__name__, c.__qualname__)
def f(a, b=2, *args, key=None, **kw):
    return a, b, args, key, kw
print(f(1), f(1, 3, 4, 5, key="k", x=1), f(*[9, 8], **{"key": 0}))
print((lambda x, y=10: x + y)(5), sorted(["bb", "a", "ccc"], key=len), list(map(str, [1, 2])))
try:
    f()
except TypeError as e:
    print(e)
''',
"classes": r'''
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def legs():
        return 4
    @classmethod
    def make(cls, n):
        return cls(n)
d = Dog.make("rex")
print(d, d.speak(), d.upper, Dog.legs(), d.kind, isinstance(d, Animal), Dog.__mro__)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
print((V(1) + V(2)).x, V(1) == V(1), V(1) != V(2), sorted([V(3), V(1)])[0].x, V(2) > V(1))
''',
"exceptions_handled": r'''
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    try:
        {}["k"]
    except KeyError as e:
        raise AppError("lookup failed", 7) from e
except AppError as e:
    print(repr(e), e.code, repr(e.__cause__), e.__context__ is e.__cause__)
def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())
for exc in (ValueError("v"), ZeroDivisionError(), StopIteration(3)):
    try:
        raise exc
    except (ValueError, ArithmeticError) as e:
        print("caught", type(e).__name__, e)
    except Exception as e:
        print("other", repr(e), e.value)
else_ran = []
try:
    pass
except Exception:
    pass
else:
    else_ran.append(1)
print(else_ran)
''',
"traceback_uncaught": r'''
def inner(d):
    return d["missing"] + 1
def outer():
    try:
        inner({})
    except KeyError:
        1 / 0
items = [1, 2]
outer()
''',
"traceback_name_error": r'''
values = [1, 2, 3]
total = sum(vaules)
''',
"generators": r'''
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        return y
    finally:
        print("cleanup")
g = gen()
print(next(g), g.send(10))
try:
    g.send("done")
except StopIteration as e:
    print("returned", e.value)
def inner():
    yield 1
    yield 2
    return "r"
def outer():
    r = yield from inner()
    yield r
print(list(outer()), sum(x * x for x in range(4)))
g2 = gen()
next(g2)
print(g2.throw(ValueError("boom")) if False else "skip")
g2.close()
print("closed")
''',
"coroutine_protocol": r'''
class Awaitable:
    def __await__(self):
        v = yield "suspend"
        return v * 2
async def child():
    x = await Awaitable()
    return x + 1
async def main():
    r = await child()
    return r
c = main()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
c2 = main()
c2.send(None)
try:
    c2.throw(KeyError("k"))
except KeyError as e:
    print("thrown through:", repr(e))
''',
"recursion_limit": r'''
def f(n):
    try:
        return f(n + 1)
    except RecursionError as e:
        return n, str(e)
print(f(0))
''',
"time_module": r'''
import time
t0 = time.time()
start = time.monotonic()
time.sleep(1.5)
print(round(time.monotonic() - start, 1), round(time.time() - t0, 1))
for v in [float("nan"), -1, 1e300]:
    try:
        time.sleep(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
''',
"random_module": r'''
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
l = list(range(10))
random.shuffle(l)
print(l, random.sample(range(100), 5), random.uniform(1, 2))
random.seed("tutorial")
print(random.randrange(0, 100, 5))
''',
"json_module": r'''
import json
data = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "pi": 3.14, "ok": True, "none": None}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.loads(s) == data, json.loads("[1, 2.5, \"x\", null]"))
try:
    json.loads("{bad}")
except ValueError as e:
    print(type(e).__name__, e)
''',
}

def run(name, src):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, f"{name}.py")
        with open(path, "w") as f:
            f.write(src.lstrip("\n"))
        r = subprocess.run([sys.executable, f"{name}.py"], cwd=d, capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "0", "LC_ALL": "C.UTF-8"})
        # CPython prints the script's absolute path; the tests run it as "<name>.py".
        strip = lambda t: t.replace(d + "/", "")
        return strip(r.stdout), strip(r.stderr), r.returncode

def swift_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

out = ["// Generated by gen_cases.py from python3's output. Do not edit by hand.",
       "", "struct RecordedCase {", "    let name: String", "    let source: String",
       "    let stdout: String", "    let stderr: String", "    let status: Int32", "}", "",
       "let recordedCases: [RecordedCase] = ["]
for name, src in CASES.items():
    so, se, st = run(name, src)
    out.append(f"    RecordedCase(name: {swift_str(name)}, source: {swift_str(src.lstrip(chr(10)))},")
    out.append(f"                 stdout: {swift_str(so)},")
    out.append(f"                 stderr: {swift_str(se)}, status: {st}),")
out.append("]")
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "GeneratedCases.swift"), "w") as f:
    f.write("\n".join(out) + "\n")
print(f"wrote {len(CASES)} cases")
