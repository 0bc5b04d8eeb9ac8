# rule: an uncaught "Expecting value" error (empty or truncated input) is raised in raw_decode from the scanner's StopIteration
import json

def parse(payload):
    data = json.loads(payload)
    return data

print(parse("[1, 2]"))
try:
    parse("")
except json.JSONDecodeError as e:
    print("caught:", e.msg, e.pos, e.lineno, e.colno)
print(parse("[1, 2,\n"))
