# rule: randrange with an integral float works but prints a DeprecationWarning to stderr once per call site
import random
random.seed(99)
print(random.randrange(10.0))
for _ in range(2):
    print(random.randrange(0, 20.0, 5))
print(random.randrange(10))
