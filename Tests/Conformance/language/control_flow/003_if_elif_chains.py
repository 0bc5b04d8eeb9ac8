# rule: if/elif/else picks the first true branch; truthiness of values decides conditions
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score < 0 or score > 100:
        return "invalid"
    else:
        return "F"
print([grade(s) for s in [95, 90, 85, 72, 50, -3, 101]])
for value in [0, 1, "", "0", [], [0], {}, None, 0.0, -1, set(), (), range(0), range(1)]:
    if value:
        print(repr(value), "is truthy")
    else:
        print(repr(value), "is falsy")
x = 7
sign = "positive" if x > 0 else "zero" if x == 0 else "negative"
print(sign, "even" if x % 2 == 0 else "odd")
