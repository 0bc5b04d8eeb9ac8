# rule: a seeded dice game mixing randint, choice and shuffle produces the same transcript as CPython
import random
random.seed("dice night")
players = ["ann", "bob", "cy", "dee"]
random.shuffle(players)
print("order:", players)
scores = {p: 0 for p in players}
for round_no in range(1, 6):
    for p in players:
        roll = random.randint(1, 6) + random.randint(1, 6)
        bonus = random.choice([0, 0, 0, 5])
        scores[p] += roll + bonus
        print(f"round {round_no} {p:<4} rolled {roll:>2}{' +5 bonus' if bonus else ''}")
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
