# rule: lists of lists as matrices: transpose with zip, multiplication, identity, printing with join
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
C = matmul(A, B)
for row in C:
    print(" ".join(f"{v:4}" for v in row))
print(list(zip(*A)), [list(r) for r in zip(*B)])
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(C, I) == C, I)
print([[round(v / 7, 3) for v in row] for row in C])
trace = sum(C[i][i] for i in range(3))
print("trace", trace, "max", max(max(r) for r in C), "flattened", sum(C, [])[:4])
