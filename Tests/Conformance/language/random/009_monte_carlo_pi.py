# rule: a seeded Monte Carlo estimate of pi is bit-for-bit reproducible
import random
random.seed(42)
for n in (100, 1000, 20000):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    print(n, inside, 4 * inside / n)
