# rule: iterating over a list while appending sees new items; over a copy does not; dict/set size changes raise
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x + 10)
print(items)
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
for k in list(d):
    d[k * 10] = d.pop(k)
print(d)
