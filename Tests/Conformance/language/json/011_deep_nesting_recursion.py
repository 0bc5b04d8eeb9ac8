# rule: very deep nesting raises RecursionError in dumps and loads with json-specific messages
import json
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("dumps:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("dumps dict:", e)
try:
    json.loads("[" * 100000 + "]" * 100000)
except RecursionError as e:
    print("loads list:", e)
try:
    json.loads('{"a":' * 100000 + "1" + "}" * 100000)
except RecursionError as e:
    print("loads dict:", e)
ok = json.loads("[" * 500 + "]" * 500)
depth = 0
while ok:
    ok = ok[0]
    depth += 1
print("500 levels fine:", depth + 1)
