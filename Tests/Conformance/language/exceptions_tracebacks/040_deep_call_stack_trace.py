# rule: a traceback through five nested function frames lists them outermost first with each line
def level1(data):
    return level2(data) + 1

def level2(data):
    return level3(data["items"]) * 2

def level3(items):
    return sum(level4(i) for i in items)

def level4(item):
    return level5(item)

def level5(item):
    return 100 // item["weight"]

print(level1({"items": [{"weight": 5}, {"weight": 10}]}))
print(level1({"items": [{"weight": 5}, {"weight": 0}]}))
