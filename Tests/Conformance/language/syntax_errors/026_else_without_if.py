# rule: a dangling else is "invalid syntax"
x = 3
print(x)
else:
    print("no")
