# rule: a seeded random walk with randrange/choice; statistics of the path are reproducible
import random
random.seed(31337)
pos = 0
path = [pos]
for _ in range(200):
    pos += random.choice((-1, 1)) * random.randrange(1, 4)
    path.append(pos)
print(path[:20])
print("final", pos, "min", min(path), "max", max(path), "returns to 0:", path.count(0))
x = y = 0
for _ in range(50):
    dx, dy = random.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
    x, y = x + dx, y + dy
print("2d walk ends at", (x, y))
