# rule: json.loads and json.dumps count each nested container (empty ones too) toward the recursion limit, after the levels of their own Python frames
import json
def deepest_loads(open_, middle, close):
    n = 980
    while True:
        try:
            json.loads(open_ * n + middle + close * n)
        except RecursionError as e:
            return n - 1, str(e)
        n += 1
def nested(n, empty):
    x = empty
    for _ in range(n):
        x = [x]
    return x
def deepest_dumps(empty):
    n = 980
    while True:
        try:
            json.dumps(nested(n, empty))
        except RecursionError as e:
            return n - 1, str(e)
        n += 1
print("loads arrays:", deepest_loads("[", "", "]"))
print("loads objects:", deepest_loads('{"k":', "1", "}"))
print("dumps lists:", deepest_dumps([]))
print("dumps around {}:", deepest_dumps({}))
print("dumps around 1:", deepest_dumps(1))
print("still fine:", len(json.dumps(nested(900, []))), len(json.loads("[" * 900 + "]" * 900)))
