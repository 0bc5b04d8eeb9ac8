# rule: bytes literals, repr, indexing to ints, encode/decode and decode errors
b = b"hello \xff\x00\n"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), bytes([72, 105]), bytes(3))
print("héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), b"caf\xc3\xa9".decode())
print(b"a,b".split(b","), b"  x ".strip(), b"abc".upper())
print(b"abc" + b"def", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"abc".find(b"c"), b"%d items" % 5)
try:
    b"\xff\xfe".decode("utf-8")
except ValueError as e:
    print(type(e).__name__ + ":", e, isinstance(e, ValueError))
try:
    "€".encode("ascii")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
print(b"\xff".decode("utf-8", errors="replace"), "€".encode("ascii", errors="replace"), str(b"x"), repr(b"'\""))
