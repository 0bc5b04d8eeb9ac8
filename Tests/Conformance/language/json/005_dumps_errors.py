# rule: unserializable objects, circular references and NaN with allow_nan=False raise with CPython's messages
import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
tests = [
    ("set", lambda: json.dumps({1, 2})),
    ("object", lambda: json.dumps(Point(1, 2))),
    ("bytes", lambda: json.dumps(b"x")),
    ("nested set", lambda: json.dumps({"a": [1, {2}]})),
    ("nan strict", lambda: json.dumps(float("nan"), allow_nan=False)),
    ("inf strict", lambda: json.dumps([float("-inf")], allow_nan=False)),
]
for name, fn in tests:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(f"{name:<12} {type(e).__name__}: {e}")
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("circular list:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("circular dict:", e)
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}), json.dumps({1, 2}, default=sorted))
