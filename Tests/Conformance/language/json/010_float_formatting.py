# rule: json writes finite floats with repr (shortest round-trip), bools as true/false, and refuses ints over 4300 digits
import json
floats = [0.1 + 0.2, 1 / 3, 1e15, 1e16, 123456789.0, 1.5e-10, 2.0 ** 53 + 2, 9007199254740993.0, 100.0, -1e-320]
print(json.dumps(floats))
print(json.dumps({"t": True, "one": 1, "one_f": 1.0}))
print([json.loads(json.dumps(f)) == f for f in floats])
print(json.dumps(10 ** 40), json.dumps(-(2 ** 70)))
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
