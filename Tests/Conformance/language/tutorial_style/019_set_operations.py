# rule: set algebra on int sets and membership tests with sorted output (deterministic order)
enrolled = {
    "math": {101, 102, 103, 107, 110},
    "physics": {102, 103, 104, 110},
    "art": {105, 107, 110, 111},
}
all_students = set().union(*enrolled.values())
print("all:", sorted(all_students), len(all_students))
print("math & physics:", sorted(enrolled["math"] & enrolled["physics"]))
print("math only:", sorted(enrolled["math"] - enrolled["physics"] - enrolled["art"]))
print("exactly one of math/art:", sorted(enrolled["math"] ^ enrolled["art"]))
print("in every class:", sorted(set.intersection(*enrolled.values())))
counts = {s: sum(s in group for group in enrolled.values()) for s in sorted(all_students)}
print("classes per student:", counts)
print({102, 103} <= enrolled["physics"], enrolled["art"] >= {105}, {1} < {1, 2}, {1, 2}.isdisjoint({3}))
seen, dupes = set(), set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    (dupes if x in seen else seen).add(x)
print("dupes:", sorted(dupes), "unique:", sorted(seen))
s = {5, 3, 1000, -1}
print(s, {n % 7 for n in range(20)}, frozenset({2, 1}))
s.discard(42)
s.remove(3)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
print(sorted(s), s.pop() in {5, 1000, -1}, len(s))
letters = set("mississippi")
print(sorted(letters), "".join(sorted(letters)), len(letters))
print(sorted({(1, 2), (2, 1), (1, 2)}), {True, 1, 1.0})
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
