# rule: a gradebook report with dict comprehensions, sorted keys, enumerate and aligned f-strings
students = {
    "Alice": [88, 92, 79, 95],
    "Bob": [72, 65, 80],
    "Chandra": [95, 98, 100, 91, 99],
    "Dmitri": [55, 61, 48],
    "Eve": [],
}


def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"


averages = {name: sum(s) / len(s) for name, s in students.items() if s}
missing = [name for name, s in students.items() if not s]
ranking = sorted(averages.items(), key=lambda kv: kv[1], reverse=True)

print(f"{'#':>2}  {'Name':<8}{'Avg':>7}  Grade  Scores")
print("-" * 40)
for rank, (name, avg) in enumerate(ranking, 1):
    scores = ", ".join(map(str, students[name]))
    print(f"{rank:>2}. {name:<8}{avg:>7.2f}  {letter(avg):^5}  {scores}")
print("-" * 40)
print(f"class average: {sum(averages.values()) / len(averages):.3f}")
print("no scores:", missing)
best = max(averages, key=averages.get)
worst = min(averages, key=averages.get)
print(f"best: {best} ({averages[best]:.1f}), worst: {worst} ({averages[worst]:.1f})")
distribution = {}
for avg in averages.values():
    distribution[letter(avg)] = distribution.get(letter(avg), 0) + 1
print("distribution:", dict(sorted(distribution.items())))
print("all passed?", all(avg >= 60 for avg in averages.values()), "any A?", any(letter(a) == "A" for a in averages.values()))
top_scores = sorted({s for scores in students.values() for s in scores}, reverse=True)[:5]
print("top five distinct scores:", top_scores)
print("%-8s|%5.1f%%" % ("Alice", averages["Alice"]))
