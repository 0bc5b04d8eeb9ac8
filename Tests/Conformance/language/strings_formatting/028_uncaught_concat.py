# rule: an uncaught TypeError from str + int inside a helper prints the traceback with ~~^~~ under the operator
def label(item, count):
    return "item " + item + ": " + count

rows = [("apples", "3"), ("pears", 5)]
for item, count in rows:
    print(label(item, count))
