# rule: string escaping in dumps (ensure_ascii true and false) and unescaping in loads, incl. surrogate pairs and lone surrogates
import json
samples = ["plain", "line1\nline2", "\"quoted\"", "back\\slash", "\b\f\r\t", "\x01\x1f", "café", "日本語", "😀", "\u2028\u2029", "</script>"]
for s in samples:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, b, json.loads(a) == s == json.loads(b))
print(repr(json.loads('"\\ud83d"')), repr(json.loads('"\\ud83d\\ude00"')), json.dumps("\ud800"))
print(json.loads('"\\u0041\\u00DF"'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == "\"\\/\b\f\n\r\t")
