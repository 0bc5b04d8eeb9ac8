# rule: round trips through dumps/loads keep values except tuples (become lists) and non-str keys (become str)
import json
config = {
    "service": "api",
    "port": 8080,
    "ratio": 0.75,
    "hosts": ("a.example", "b.example"),
    "limits": {1: "low", 2: "high"},
    "features": {"beta": False, "trace": None},
}
text = json.dumps(config, indent=2, sort_keys=True)
print(text)
back = json.loads(text)
print(back == config, back["hosts"], back["limits"], type(back["ratio"]).__name__)
compact = json.dumps(back, separators=(",", ":"), sort_keys=True)
print(compact, len(compact), json.loads(compact) == back)
