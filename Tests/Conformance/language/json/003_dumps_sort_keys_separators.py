# rule: sort_keys orders keys; separators control compact output; ensure_ascii=False keeps non-ASCII text
import json
record = {"zeta": 1, "alpha": {"y": 2, "x": [3, {"b": 1, "a": 0}]}, "Mid": None, "_u": "ü"}
print(json.dumps(record))
print(json.dumps(record, sort_keys=True))
print(json.dumps(record, separators=(",", ":")))
print(json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(record, sort_keys=True, indent=2, separators=(", ", " = ")))
print(json.dumps({"é": "€", "k": "😀"}, ensure_ascii=False), json.dumps({"é": "€", "k": "😀"}))
