# rule: an uncaught error raised in an else clause shows the else line; a finally still runs first
def process(items):
    try:
        count = len(items)
    except TypeError:
        print("not a collection")
    else:
        print("processing", count, "items")
        return items[0].upper()
    finally:
        print("finally runs")

print(process(["ok"]))
print(process(5))
print(process([1]))
