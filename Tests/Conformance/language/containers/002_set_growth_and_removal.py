# rule: int set order after many insertions (table resizes) and deletions matches CPython
s = set(range(0, 60, 7))
print(s)
for n in [5, 13, 70, 2000, 33, 64, 128, 256]:
    s.add(n)
print(s)
for n in [0, 14, 2000, 5]:
    s.discard(n)
print(s)
s.add(0)
print(s, len(s))
big = {n * 1000003 % 9973 for n in range(40)}
print(big)
popped = [s.pop() for _ in range(4)]
print(popped, s)
t = {9, 1, 17, 25}
t.remove(17)
t.update([33, 41, 49, 57, 65])
print(t)
