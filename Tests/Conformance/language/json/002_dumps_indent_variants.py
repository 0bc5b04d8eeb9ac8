# rule: indent as int, zero and string; nested empty containers stay compact; item separator has no trailing space
import json
data = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2, "h": 3.5}, "empty": [], "none": {}, "ok": True}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps(data, indent=4, separators=(",", ": ")) == json.dumps(data, indent=4))
print(repr(json.dumps([1, 2], indent=1)))
print(json.dumps("solo", indent=2), json.dumps([], indent=2), json.dumps({}, indent=2))
