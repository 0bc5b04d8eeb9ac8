# rule: recursion that passes through builtins (sorted key, map, __repr__ from print/str) counts toward the limit
reached = {}
def via_sorted(n):
    reached["sorted"] = n
    try:
        sorted([n], key=lambda v: via_sorted(v + 1))
    except RecursionError:
        pass
    return reached["sorted"]
def via_map(n):
    try:
        return list(map(via_map, [n + 1]))[0]
    except RecursionError:
        return n
class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __repr__(self):
        global deepest
        deepest = self.depth
        return repr(Chain(self.depth + 1))
deepest = 0
print("depth via sorted key:", via_sorted(0))
print("depth via map:", via_map(0))
try:
    repr(Chain(0))
except RecursionError as e:
    print("depth via __repr__:", deepest, e)
def plain(n):
    try:
        return plain(n + 1)
    except RecursionError:
        return n
print("plain recursion:", plain(0))
