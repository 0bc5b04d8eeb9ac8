# rule: reseeding restarts the stream; interleaved calls consume state in CPython's order
import random
random.seed(8)
a = [random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(0, 2)]
random.seed(8)
b = [random.random(), random.randint(1, 10), random.choice("abc"), random.uniform(0, 2)]
print(a == b, a)
random.seed(8)
random.random()
print(random.randint(1, 10) == a[1])
random.seed(8)
print([random.randrange(2 ** 31) for _ in range(3)], [random.randrange(2 ** 70) for _ in range(2)])
random.seed(8)
print(random.sample(range(100), 5), random.random())
