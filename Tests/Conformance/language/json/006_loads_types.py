# rule: json.loads maps JSON types to Python types: big ints stay ints, numbers with . or e become floats
import json
text = '{"int": 42, "neg": -7, "big": 123456789012345678901234567890, "float": 1.0, "exp": 1e3, "tiny": 5e-324, "huge": 1e400, "s": "x", "t": true, "f": false, "n": null, "list": [1, [2, [3]]], "obj": {}}'
data = json.loads(text)
for k, v in data.items():
    print(f"{k:<6} {type(v).__name__:<8} {v!r}")
print(json.loads("3"), json.loads("  \n\t[ ]  "), json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads("-0"), json.loads("-0.0"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.loads("-Infinity"), json.loads('["\\/"]'))
