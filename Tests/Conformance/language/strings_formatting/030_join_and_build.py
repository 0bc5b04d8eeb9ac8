# rule: building strings with join, repetition and comprehension; str methods return new strings
row = ["x", "o", "x"]
board = [row, ["o", "x", "o"], [" ", " ", "x"]]
print("\n-+-+-\n".join("|".join(r) for r in board))
s = "immutable"
t = s.upper()
print(s, t, s is not t, s.replace("m", "M", 1), s)
csv = "\n".join(",".join(str(c * r) for c in range(1, 5)) for r in range(1, 4))
print(csv)
print(repr(" ".join([])), repr("-".join("abc")), "".join(map(str, [1, 2, 3])), "+".join(["only"]))
parts = []
for i in range(5):
    parts.append(f"{i}^2={i ** 2}")
print("; ".join(parts), len("; ".join(parts)))
