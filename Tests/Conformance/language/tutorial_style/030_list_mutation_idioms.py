# rule: list mutation idioms: slices, insert/remove/pop/extend, del ranges, copies vs aliases, and their errors
queue = ["ann", "bob", "cyd"]
queue.append("dan")
queue.insert(1, "eve")
queue.extend(["fay", "gus"])
print(queue, len(queue))
print(queue.pop(), queue.pop(0), queue)
queue.remove("cyd")
print(queue, queue.index("dan"), "eve" in queue)
try:
    queue.remove("zed")
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
nums = list(range(10))
del nums[2:5]
nums[0:2] = ["a", "b", "c"]
nums[-2:] = []
print(nums, nums[::3], nums[::-2], nums[100:], nums[-100:2])
evens = list(range(0, 10, 2))
evens[1::2] = [0, 0]
print(evens)
try:
    evens[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
original = [[1, 2], [3]]
shallow = original.copy()
alias = original
shallow[0].append(99)
shallow.append([4])
alias.append("via alias")
print(original, shallow, original is alias, original == alias)
matrix = [[0] * 2 for _ in range(2)]
matrix[1][0] = 7
print(matrix, [row[:] for row in matrix] == matrix)
stack = []
for ch in "(a[b]{c})":
    if ch in "([{":
        stack.append(ch)
    elif ch in ")]}":
        opener = stack.pop()
        print(f"{opener}{ch}", end=" ")
print("| balanced:", not stack)
words = "the quick brown fox".split()
words.sort(key=len, reverse=True)
print(words, sorted(words) == words, words * 2 == words + words)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] or ["default"], list("abc") + ["d"])
print(nums[10])
