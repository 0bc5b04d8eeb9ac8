# rule: recursive functions: permutations, flattening nested lists, hanoi move counts, memoised paths
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
print(len(permutations([1, 2, 3, 4])), permutations(["a", "b", "c"]))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
moves = []
def hanoi(n, src, dst, via):
    if n:
        hanoi(n - 1, src, via, dst)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), moves[:5])
def grid_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]
print(grid_paths(16, 16), grid_paths(30, 30))
