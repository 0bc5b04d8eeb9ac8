# rule: randint and randrange draw with CPython's rejection sampling over getrandbits; steps and negative ranges
import random
random.seed(12345)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(-10, -1) for _ in range(8)])
print([random.randrange(100, 0, -7) for _ in range(8)])
print(random.randrange(2 ** 100), random.randint(-(10 ** 30), 10 ** 30))
print([random.randint(0, 1) for _ in range(16)], random.randint(7, 7), random.randrange(1))
