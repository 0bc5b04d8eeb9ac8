# rule: gauss() draws two random() values per pair and caches the second deviate; seed() drops the cached one; normalvariate() is a separate rejection method
import random
random.seed(42)
print([random.gauss(0, 1) for _ in range(5)])
print(random.gauss(), random.gauss(mu=10), random.gauss(sigma=0.5), random.gauss(100, 15))
random.seed(42)
a = random.gauss()
r = random.random()          # the cached deviate survives other draws
b = random.gauss()
random.seed(42)
print(a == random.gauss(), b == random.gauss(), r)
random.seed(1)
random.gauss()
random.seed(1)               # reseeding forgets the cached second value
print(random.gauss(), random.gauss())
random.seed(7)
print([round(random.normalvariate(50, 5), 6) for _ in range(6)])
print(random.normalvariate(), random.normalvariate(mu=1, sigma=2), random.gauss(3, 0))
random.seed(3)
heights = [round(random.gauss(170, 10), 1) for _ in range(8)]
print(heights, round(sum(heights) / len(heights), 2))
print(type(random.gauss(1, 2)).__name__, random.gauss(1, 0), random.normalvariate(2, 0))
try:
    random.gauss(0, "x")
except TypeError as e:
    print("TypeError:", e)
