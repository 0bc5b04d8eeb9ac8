# rule: recursive generators for trees and permutations yield values in depth-first order
tree = {"value": 1, "children": [{"value": 2, "children": [{"value": 4, "children": []}]},
                                 {"value": 3, "children": [{"value": 5, "children": []}, {"value": 6, "children": []}]}]}
def walk(node, depth=0):
    yield depth, node["value"]
    for child in node["children"]:
        yield from walk(child, depth + 1)
for depth, value in walk(tree):
    print("  " * depth + str(value))
def perms(items):
    if not items:
        yield []
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in perms("abc")])
def binary_strings(n):
    if n == 0:
        yield ""
    else:
        for s in binary_strings(n - 1):
            yield s + "0"
            yield s + "1"
print(list(binary_strings(3)))
