# rule: json with lone surrogates: dumps escapes them (ensure_ascii) or writes them raw, loads makes them from unpaired \u escapes and keeps raw ones; paired escapes join into one code point
import json
for s in ["\ud800", "a\udc00b", "\ud83d\ude00", "x\ud83d" + "\ude00y", "\udfff\ud800"]:
    a = json.dumps(s)
    b = json.dumps(s, ensure_ascii=False)
    print(a, repr(b), json.loads(a) == s, json.loads(b) == s, repr(json.loads(a)), len(json.loads(b)))
print(json.dumps({"\ud800": ["\udc00", 1]}), repr(json.dumps({"k\ud800": "v"}, ensure_ascii=False)))
print(repr(json.loads('["\\ud800x", "\\udc00\\ud800", {"\\ud801": 2}]')))
print(repr(json.loads('"\\ud83d\\ude00\\ud83d"')), repr(json.loads('"\\uDBFF\\uDFFF\\uDC00"')))
