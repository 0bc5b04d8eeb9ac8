# rule: dict keys that are int/float/bool/None become strings; other key types raise TypeError; sort_keys with mixed keys
import json
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "null", "s": "str"}))
print(json.dumps({False: 0, 1e16: 1, -0.0: 2, float("inf"): 3}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
for bad in ({(1, 2): "tuple"}, {b"x": 1}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": 1}, skipkeys=True), json.dumps({(1,): 1, "b": 2}, skipkeys=True))
