# rule: sample(population, k, counts=...) samples range(total) and maps each pick through bisect on the running totals, with CPython's errors for bad counts
import random
random.seed(11)
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample("abc", k=6, counts=[1, 2, 3]))
print(random.sample(range(3), 2, counts=[0, 5, 1]))
deck = random.sample(["ace", "king", "queen"], counts=[4, 4, 4], k=12)
print(deck, deck.count("ace"))
for counts, k in [([1, 2], 2), ([1.5, 1.5], 1), ([0, 0], 1), ([1, 1, 1], 2), ([2, 1], 4)]:
    try:
        print(random.sample(["x", "y"], k=k, counts=counts))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
