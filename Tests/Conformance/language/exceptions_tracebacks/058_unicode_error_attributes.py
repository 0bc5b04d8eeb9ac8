# rule: UnicodeEncodeError/UnicodeDecodeError carry five arguments (encoding, object, start, end, reason) as attributes; str() is built from the attributes (one character/byte or a position range), repr from args; constructors check their arguments
def show(e):
    print(type(e).__name__, repr(e), "|", e, "|", e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    "a\u20acb\xe9".encode("ascii")
except UnicodeEncodeError as e:
    show(e)
try:
    "ab\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    show(e)
try:
    b"a\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    show(e)
try:
    b"ok\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    show(e)
try:
    b"\x80abc".decode("ascii")
except UnicodeError as e:
    show(e)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
for args in [("ascii", "xyz", 1, 2, "nope"), ("ascii", "x\u20acz", 1, 2, "nope"), ("ascii", "x\U0001f600z", 1, 2, "nope"), ("ascii", "x\xe9z", 1, 2, "nope"), ("ascii", "xyz", 5, 9, "nope"), ("ascii", "xyz", 2, 1, "nope"), ("utf-8", "\ud800", 0, 1, "surrogates not allowed")]:
    show(UnicodeEncodeError(*args))
for args in [("ascii", b"xyz", 1, 2, "nope"), ("ascii", b"\x05yz", 0, 1, "nope"), ("ascii", b"xyz", 7, 9, "nope"), ("ascii", b"xyz", 0, 0, "empty")]:
    show(UnicodeDecodeError(*args))
e = UnicodeEncodeError("ascii", "xyz", 1, 2, "nope")
e.start = 0
e.reason = "changed"
print(e, "|", e.args)
e.end = 1
print(e)
for cls, args in [(UnicodeEncodeError, ("a", b"x", 1, 2, "r")), (UnicodeEncodeError, (1, "x", 1, 2, "r")), (UnicodeEncodeError, ("a", "x", "1", 2, "r")),
                  (UnicodeEncodeError, ("a", "x", 1, 2, 3)), (UnicodeEncodeError, ("a", "x", 1, 2, "r", "z")), (UnicodeEncodeError, ()),
                  (UnicodeDecodeError, ("a", "x", 1, 2, "r")), (UnicodeDecodeError, ("a", b"x", 1.0, 2, "r")), (UnicodeDecodeError, ("a",))]:
    try:
        print(repr(cls(*args)))
    except TypeError as e:
        print("TypeError", e)
print(repr(UnicodeError("plain")), UnicodeError("x", 1))
raise UnicodeDecodeError("utf-8", b"\xc3(", 0, 1, "invalid continuation byte")
