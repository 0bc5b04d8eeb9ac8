# rule: carets for an IndexError inside a nested call's argument list
def fmt(name, score):
    return f"{name}: {score}"

names = ["ann", "bob"]
scores = [90]
for i in range(len(names)):
    print(fmt(names[i], scores[i]))
