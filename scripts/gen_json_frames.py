#!/usr/bin/env python3
"""Generates Sources/VM/Modules/JSONFrames.swift: the frames of CPython's json package that
an uncaught JSONDecodeError's traceback shows (json.loads → JSONDecoder.decode →
raw_decode), read from the installed python3's standard library like
scripts/gen_library_frames.py does for asyncio. Run with the python3 the expected outputs
were recorded with:

    python3 scripts/gen_json_frames.py > Sources/VM/Modules/JSONFrames.swift
"""
from stdlib_frames import swift_enum

# key, file, function, the statement's first words, the underlined expression (None: none)
ENTRIES = [
    ("loads", "json/__init__.py", "loads", "return _default_decoder.decode(s)", "_default_decoder.decode(s)"),
    ("decode", "json/decoder.py", "decode", "obj, end = self.raw_decode(s, idx=_w(s, 0).end())", "self.raw_decode(s, idx=_w(s, 0).end())"),
    ("extraData", "json/decoder.py", "decode", "raise JSONDecodeError(\"Extra data\", s, end)", None),
    ("scanOnce", "json/decoder.py", "raw_decode", "obj, end = self.scan_once(s, idx)", "self.scan_once(s, idx)"),
    ("expectingValue", "json/decoder.py", "raw_decode", "raise JSONDecodeError(\"Expecting value\", s, err.value) from None", None),
]


# DESIGN §3: looplab writes CPython's standard-library folder as "<stdlib>".
print(swift_enum("scripts/gen_json_frames.py",
                 "Frames of CPython's json package as its tracebacks show them.",
                 "JSONFrame", ENTRIES, '"<stdlib>"'))
