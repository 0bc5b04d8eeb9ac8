# rule: a seeded dice and card simulation gives CPython's exact sequences (randint, choice, shuffle, sample, uniform)
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(20)]
print("rolls:", rolls)
counts = {face: rolls.count(face) for face in range(1, 7)}
print("counts:", counts, "most common:", max(counts, key=counts.get))
suits = ["hearts", "spades", "clubs", "diamonds"]
ranks = [str(n) for n in range(2, 11)] + ["J", "Q", "K", "A"]
deck = [f"{r} of {s}" for s in suits for r in ranks]
random.shuffle(deck)
hand = deck[:5]
print("hand:", hand)
print("sample:", random.sample(range(100), 6))
print("choice:", random.choice(suits), random.choice("xyz"))
print("uniform:", round(random.uniform(1.5, 2.5), 6), "random:", round(random.random(), 6))
print("randrange:", [random.randrange(0, 100, 5) for _ in range(5)])


def monte_carlo_pi(n):
    inside = 0
    for _ in range(n):
        x, y = random.random(), random.random()
        if x * x + y * y <= 1:
            inside += 1
    return 4 * inside / n


random.seed("pi")
print("pi estimate:", monte_carlo_pi(2000))
random.seed(7)
walk = [0]
for _ in range(15):
    walk.append(walk[-1] + random.choice((-1, 1)))
print("walk:", walk, "max:", max(walk), "final:", walk[-1])
random.seed(1.5)
print("float seed:", random.randint(0, 10 ** 6))
