# rule: json.loads/dumps with indent, sort_keys, separators, non-ASCII and errors for bad documents
import json

raw = '''
{
  "service": "checkout",
  "replicas": 3,
  "ratio": 0.75,
  "enabled": true,
  "owner": null,
  "regions": ["eu-west", "us-east"],
  "limits": {"cpu": "500m", "memory": 512},
  "greeting": "h\\u00e9llo \\u2603"
}
'''
config = json.loads(raw)
print(type(config).__name__, len(config), config["regions"][1], config["limits"]["memory"] * 2)
print(config["greeting"], config["owner"] is None, config["enabled"] is True)
config["replicas"] += 2
config["tags"] = ("a", "b")
config["ratio"] = 1 / 3
print(json.dumps(config, sort_keys=True))
print(json.dumps(config["limits"], indent=2))
print(json.dumps({"z": [1, {"y": None}], "a": 1.0}, separators=(",", ":")))
print(json.dumps("h\u00e9llo"), json.dumps("h\u00e9llo", ensure_ascii=False))
print(json.dumps([float("inf"), -0.0, 10**20, 1e-7, True]))
print(json.loads("[1, 2.5, -3e2, \"x\"]"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
settings = {"debug": False, "level": 2, "paths": ["/a", "/b"]}
text = json.dumps(settings, indent=4, sort_keys=True)
print(text)
print(json.loads(text) == settings)
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:>12}: {e.msg} (line {e.lineno}, col {e.colno}, pos {e.pos})")
try:
    json.dumps({"when": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "int key", True: "bool key", None: "none key"}))
json.loads('{"unterminated": "value}')
