# rule: numeric comparisons across int/float/bool, chained comparisons, nan, and ordering TypeErrors
print(1 == 1.0, True == 1, False == 0.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.1 + 0.2 == 0.3)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan in [nan])
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True, -0.0 == 0.0)
x = 5
print(0 <= x < 10, 0 <= x < 5, x != 5 != 6)
print(10 ** 30 > 1e30, 10 ** 30 == 1e30, 2 ** 1000 < float("inf"))
print(max(1, 2.0, True), min(0, -0.0), max([3, 1.5, 3.0]), sorted([3, 1.5, True, 2]))
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [1] == (1,), None == 0)
