# rule: RecursionError from runaway recursion can be caught; its message; the program continues
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_depth(n=0):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth()
print("max depth reached from module level:", d)
def nested_lists(n):
    return [] if n == 0 else [nested_lists(n - 1)]
x = nested_lists(200)
print(str(x).count("["), isinstance(RecursionError(), RuntimeError))
