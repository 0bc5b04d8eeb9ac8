# rule: an uncaught ZeroDivisionError in a nested expression prints the 3.11 traceback with ~~^~~ marks
def average(values):
    total = sum(values)
    return total / len(values)

def report(groups):
    for name, values in groups.items():
        print(name, "average", average(values))

report({"math": [90, 80, 70], "art": [100], "music": []})
