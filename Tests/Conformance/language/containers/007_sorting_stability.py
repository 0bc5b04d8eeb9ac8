# rule: sorted/list.sort are stable, support key and reverse, and compare tuples lexicographically
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name_len = sorted(people, key=lambda p: len(p[0]))
print([p[0] for p in by_name_len])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2.5, 1, 2)))
print(sorted([[2, "b"], [1, "z"], [2, "a"], [1]]), sorted([(1, 2), (1,), ()]))
print(sorted([-3, 2, -1], key=abs), max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
try:
    sorted([1, None, 2])
except TypeError as e:
    print("TypeError:", e)
