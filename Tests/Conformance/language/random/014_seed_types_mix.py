# rule: big int seeds, negative big ints and str seeds of digits each give distinct CPython streams
import random
def first3(seed):
    random.seed(seed)
    return [random.randrange(1000) for _ in range(3)]
for seed in (2 ** 200, -(2 ** 200), 10 ** 50 + 7, "2" * 50, 123456789, 0.5, "0.5"):
    print(str(seed)[:24], first3(seed))
print(first3(2 ** 32) != first3(2 ** 32 + 1), first3(12) == first3(-12))
