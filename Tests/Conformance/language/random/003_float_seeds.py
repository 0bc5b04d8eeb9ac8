# rule: random.seed(float) seeds from hash(float); integral floats seed like the equal int
import random
for seed in (1.5, 0.0, -2.5, 3.14159, 1e100, 2.0, float("inf"), 1e-300):
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed(2.0)
x = random.random()
random.seed(2)
print("2.0 like 2:", x == random.random())
random.seed(-0.0)
y = random.random()
random.seed(0)
print("-0.0 like 0:", y == random.random())
