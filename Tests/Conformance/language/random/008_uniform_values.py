# rule: uniform(a, b) is a + (b - a) * random(), also for reversed bounds and equal bounds
import random
random.seed(5)
print([random.uniform(0, 1) for _ in range(3)])
print([random.uniform(10, 20) for _ in range(3)])
print([random.uniform(5, -5) for _ in range(3)])
print(random.uniform(2.5, 2.5), random.uniform(-1e10, 1e10), random.uniform(0, 1e-300))
random.seed(5)
r = random.random()
random.seed(5)
print(random.uniform(3, 7) == 3 + 4 * r)
print([round(random.uniform(1, 100), 2) for _ in range(5)])
