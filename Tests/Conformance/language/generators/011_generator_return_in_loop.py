# rule: a for loop discards the generator's return value; yield from captures it
def counter(limit):
    count = 0
    for i in range(limit):
        count += 1
        yield i
    return f"counted {count}"
for v in counter(2):
    print("loop got", v)
def collect():
    summary = yield from counter(3)
    yield summary
print(list(collect()))
def averager():
    total = n = 0
    while True:
        value = yield
        if value is None:
            return total / n if n else 0.0
        total += value
        n += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"boys": [39.0, 40.8, 43.2], "girls": [36.3, 38.0]}.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
