# rule: list methods append/extend/insert/remove/pop/index/count/sort/reverse/clear/copy and their errors
items = [3, 1, 4, 1, 5]
items.append(9)
items.extend([2, 6])
items.insert(0, 0)
items.insert(100, 99)
items.insert(-1, 7)
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.index(1), items.index(5, 2), items.count(1), items.count(42))
items.sort()
print(items)
items.reverse()
print(items, items.copy() == items, items.copy() is items)
items.clear()
print(items, len(items))
for fn in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, "a"].sort()):
    try:
        fn()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
