# rule: json.dumps of scalars and containers: true/false/null, float reprs, string escapes, ensure_ascii by default
import json
values = [None, True, False, 0, -17, 10 ** 30, 1.5, 0.1, 1e16, 1e-7, 2.0, -0.0, "text", "", [], {}, (), [1, "a", None],
          {"b": 1, "a": [True, 2.5]}, "quote\" backslash\\ slash/ tab\t newline\n", "é ñ 中 🐍", "\x00\x1f\x7f\u2028"]
for v in values:
    print(json.dumps(v))
print(json.dumps((1, (2, 3))), json.dumps([[], {}, [[]]]))
