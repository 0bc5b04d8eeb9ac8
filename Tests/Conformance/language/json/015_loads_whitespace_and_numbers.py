# rule: loads accepts JSON whitespace only; number grammar edge cases (leading zeros, +, .5, exponents)
import json
ok = ["1", "-1", "1.5e10", "1E-2", "0", "-0", "0.0", "1e0", "12345678901234567890123", " \r\n\t1\t "]
for doc in ok:
    v = json.loads(doc)
    print(repr(doc), "->", repr(v), type(v).__name__)
for doc in ["+1", ".5", "1.e3", "00", "0x10", "1e", "\u00a01", "Infinity1"]:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
