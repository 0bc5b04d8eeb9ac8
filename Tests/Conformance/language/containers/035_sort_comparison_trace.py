# rule: list.sort and sorted make CPython's exact comparisons (runs, binary insertion, powersort merges, galloping)
import random
class K:
    log = []
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        K.log.append((self.v, other.v))
        return self.v < other.v
def trace(values, **kw):
    K.log = []
    out = sorted([K(v) for v in values], **kw)
    checksum = 0
    for a, b in K.log:
        checksum = (checksum * 1000003 + a * 7919 + b) % (2 ** 61 - 1)
    return len(K.log), checksum, [k.v for k in out] == sorted(values, **kw)
random.seed(7)
cases = [
    [3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4, 5], [2, 2, 1, 1, 3, 3],
    list(range(100)), list(range(100, 0, -1)),
    [random.randrange(1000) for _ in range(70)],
    [random.randrange(10) for _ in range(150)],
    [random.randrange(10 ** 6) for _ in range(260)],
    list(range(200)) + [random.randrange(200) for _ in range(20)],
    [i % 37 for i in range(200)],
    list(range(0, 400, 2)) + list(range(1, 400, 2)),
    list(range(130)) + list(range(70)) + list(range(300, 160, -1)),
]
for c in cases:
    print(len(c), *trace(c), *trace(c, reverse=True))
words = [random.choice(["ab", "b", "a", "ba", "c"]) * random.randrange(1, 4) for _ in range(100)]
log = []
def key(w):
    log.append(w)
    return len(w)
print(sorted(words, key=key)[:10], len(log))
