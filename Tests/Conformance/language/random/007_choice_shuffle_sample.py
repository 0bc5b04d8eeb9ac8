# rule: choice, shuffle and sample give CPython's exact picks for lists, strings, tuples and ranges
import random
random.seed(2023)
colors = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colors) for _ in range(6)], random.choice("xyz"), random.choice((1, 2)), random.choice(range(100, 200)))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.sample(colors, 3), random.sample(range(10 ** 9), 4), random.sample("abcdefgh", 8))
nums = list(range(10))
random.shuffle(nums)
print(nums, sorted(nums) == list(range(10)))
print(random.sample(colors, 0), random.sample(colors, len(colors)))
