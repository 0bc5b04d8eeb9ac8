# rule: a closing bracket of the wrong kind reports which opening bracket it does not match
matrix = [
    [1, 2, 3],
    [4, 5, 6)
]
print(matrix)
