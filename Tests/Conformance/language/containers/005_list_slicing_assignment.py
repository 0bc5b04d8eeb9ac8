# rule: slice reads, slice assignment (growing/shrinking), extended slices and del with slices
nums = list(range(10))
print(nums[2:5], nums[::-1], nums[::3], nums[-3:], nums[7:2:-2], nums[100:], nums[-100:2])
nums[2:5] = ["a", "b"]
print(nums)
nums[1:1] = [10, 20, 30]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
del nums[-2:]
print(nums)
nums[:] = "xyz"
print(nums)
try:
    nums[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    nums[5] = 1
except IndexError as e:
    print("IndexError:", e)
a = [1, 2, 3]
b = a
a[:] = [9]
print(a, b, a is b)
