# rule: del of a list slice removes in place and releases the items as CPython does: last to first for a contiguous slice, in index order for an extended one
def watcher(name):
    # A started generator is closed when freed: its `finally` shows the release order.
    try:
        yield name
    finally:
        print("freed", name)

def noisy(name):
    g = watcher(name)
    next(g)
    return g

items = [noisy(i) for i in range(8)]
print("contiguous")
del items[2:5]
print(len(items))
print("extended, positive step")
del items[::2]
print(len(items))
items = [noisy(i) for i in range(10, 18)]
print("extended, negative step")
del items[6:1:-2]
print(len(items))
print("empty and clamped slices")
del items[5:2]
del items[100:]
del items[-100:1]
print(len(items))
nums = list(range(20))
del nums[:5]
del nums[-3:]
del nums[1::3]
del nums[::-4]
print(nums)
try:
    del nums[::0]
except ValueError as e:
    print("ValueError:", e)
items.clear()
print("done")
