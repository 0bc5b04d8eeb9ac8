# rule: an unclosed parenthesis at end of file reports "'(' was never closed" at the opening bracket
def total(values):
    return sum(values)

print("this line is never run")
result = total([1, 2, 3]
print(result)
