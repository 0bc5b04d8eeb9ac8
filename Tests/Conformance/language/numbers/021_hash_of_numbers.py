# rule: hashes of ints, floats and bools are deterministic and follow CPython's modular scheme
values = [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 61), 10 ** 20, 1.5, -1.5, 0.1,
          float("inf"), float("-inf"), -0.0, True, False, 1e20, 2.0 ** 70]
for v in values:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(True), hash(-1) == hash(-2))
print(hash((1, 2)), hash((1, (2, 3))), hash(()), hash((0.5, -1)))
print({1: "a", 1.0: "b", True: "c"})
