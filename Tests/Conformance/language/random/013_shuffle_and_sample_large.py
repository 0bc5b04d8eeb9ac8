# rule: shuffling and sampling larger populations matches CPython element for element
import random
random.seed(1000)
items = list(range(1000))
random.shuffle(items)
print(items[:10], items[-10:], sum(i * v for i, v in enumerate(items)) % 100003)
print(random.sample(items, 10))
print(sorted(random.sample(range(1, 50), 6)))
words = "the quick brown fox jumps over the lazy dog".split()
random.shuffle(words)
print(" ".join(words))
