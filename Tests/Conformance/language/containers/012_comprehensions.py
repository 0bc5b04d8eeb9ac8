# rule: list/set/dict comprehensions and generator expressions, nesting, conditions, scoping of the loop variable
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if (row[i] % 2) == 0])
print([[row[i] for row in matrix] for i in range(3)])
print({x % 4 for x in range(20)}, {w: len(w) for w in ["ab", "cde", "f"]})
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc"]), list(x for x in "hi"))
print([x if x > 2 else -x for x in range(5)], [(a, b) for a in range(3) for b in range(a)])
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
print({k: v for k, v in zip("abc", range(3)) if v != 1}, [c.upper() for c in "abc" if c != "b"])
gen = (n * 2 for n in range(3))
print(gen.__class__.__name__, list(gen), list(gen))
flat = [item for sub in [[1], [], [2, 3]] for item in sub]
print(flat, [[0] * n for n in range(3)], {i: {j for j in range(i)} for i in range(4)})
