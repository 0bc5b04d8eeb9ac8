# rule: random.seed(int) reproduces CPython's Mersenne Twister stream for random()
import random
for seed in (0, 1, 42, 2024, 10 ** 20, 2 ** 64 + 1):
    random.seed(seed)
    print(seed, [random.random() for _ in range(3)])
random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
again = [random.random() for _ in range(5)]
print(first == again, first[-1])
random.seed(-7)
print("negative seed same as positive:", [random.random() for _ in range(5)] == first)
random.seed(True)
a = random.random()
random.seed(1)
print("True seeds like 1:", a == random.random())
