# rule: a hand-written weighted choice built on random() gives CPython's picks and tallies
import random
random.seed(77)
weights = {"common": 70, "rare": 25, "legendary": 5}
def pick():
    r = random.random() * sum(weights.values())
    for name, w in weights.items():
        if r < w:
            return name
        r -= w
    return name
draws = [pick() for _ in range(1000)]
print({k: draws.count(k) for k in weights}, draws[:8])
print("first legendary at", draws.index("legendary"))
