# rule: JSONDecodeError messages with line, column and char offsets for common malformed documents
import json
bad_docs = ["", "   ", "{", '{"a" 1}', "{'a': 1}", '{"a": 1,}', "[1, 2,]", "[1 2]", '{"a": 1} x', '"unterminated',
            '"bad \\x escape"', '"tab\there"', "tru", "01", "[1, 2", '{"a": {"b": [1, }}', "\n\n  @", "1.", "-", '{"a":1}}']
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?!")
    except json.JSONDecodeError as e:
        print(f"{doc!r:<22} {e}   [msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}]")
print(issubclass(json.JSONDecodeError, ValueError))
