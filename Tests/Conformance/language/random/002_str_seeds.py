# rule: random.seed(str) hashes the string with SHA-512 (version 2): same values as CPython for ASCII, Unicode and empty strings
import random
for seed in ("hello", "Hello", "", "héllo wörld", "🐍" * 3, "a" * 1000, "0", "42"):
    random.seed(seed)
    print(repr(seed[:12]), random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed("42")
s = random.random()
random.seed(42)
print("str '42' differs from int 42:", s != random.random())
