# rule: recursive algorithms (permutations, flood fill, memoised paths) and RecursionError on runaway recursion
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


def flood(grid, r, c, old, new):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + sum(flood(grid, r + dr, c + dc, old, new) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def grid_paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[(r, c)]


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves


print(["".join(p) for p in permutations(list("abc"))])
print(len(permutations([1, 2, 3, 4, 5])))
picture = [list(row) for row in ["..#..", ".##..", "....#", "###.."]]
print("filled:", flood(picture, 0, 0, ".", "o"))
print("\n".join("".join(row) for row in picture))
print(grid_paths(2, 2), grid_paths(16, 16), grid_paths(30, 30))
print(hanoi(3, "A", "C", "B", []))
print(len(hanoi(10, "A", "C", "B", [])) == 2 ** 10 - 1)


def countdown(n):
    return countdown(n - 1) if n else "liftoff"


print(countdown(500))
try:
    countdown(5000)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    return depth(n + 1)


depth(0)
