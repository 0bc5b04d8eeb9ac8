# rule: bytes methods (ASCII-only whitespace and case), bytes %-formatting, and the utf-8/ascii/latin-1 codecs with their error handlers
data = b"  Hello, World!\tfoo\x0bbar \xe9\xa0\n"
print(data.split(), data.split(b"o", 2), data.rsplit(None, 1), data.strip(), data.lstrip(b" H"), data.rstrip(b"\n\xa0"))
print(data.upper(), data.lower(), data.swapcase(), b"hello wORLD".title(), b"hELLO".capitalize())
print(b"abc".isalpha(), b"\xe9".isalpha(), b"123".isdigit(), b" \t".isspace(), b"\xa0".isspace(), b"Ab".istitle(), b"AB".isupper())
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\r\n".splitlines(True), b"x\x1cy".split(), "x\x1cy".split())
print(b"abcabc".find(b"c"), b"abcabc".rfind(99), b"abcabc".count(b"bc"), b"abc".index(98), b"a,b,,c".split(b","), b"-".join([b"x", b"y"]))
print(b"ab".center(6, b"*"), b"7".zfill(3), b"a\tb".expandtabs(4), b"key=value".partition(b"="), b"abc".replace(b"b", b"XY"))
print(b"%s|%5d|%-4s|%r|%x|%c" % (b"k", 42, b"ab", b"q", 255, 65), b"%(a)s" % {b"a": b"v"}, b"100%%" % ())
print("héllo €".encode("utf-8"), "héllo".encode("latin-1"), "h€llo".encode("ascii", "replace"), "h€€o".encode("ascii", "ignore"), "h€".encode("latin1", "backslashreplace"))
print(b"h\xc3\xa9".decode(), b"h\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"), b"\xe2\x82".decode("utf-8", "backslashreplace"))
print(str(b"caf\xc3\xa9", "utf-8"), bytes("naïve", "utf-8"), int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
tests = [
    lambda: "€uro".encode("ascii"), lambda: "€€".encode("latin-1"), lambda: b"\xe2\x82".decode(), lambda: b"\xe2(\xa1".decode(),
    lambda: b"\xc3".decode("utf-8"), lambda: b"abc\x80".decode("ascii"), lambda: "x".encode("rot13x"), lambda: b"ab".split("a"),
    lambda: b"ab".find("a"), lambda: b"ab".startswith("a"), lambda: b"-".join(["a"]), lambda: b"%s" % "str", lambda: b"ab".center(5, "*"),
    lambda: b"abc".index(b"z"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
]
for fn in tests:
    try:
        print(fn())
    except (UnicodeError, LookupError, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("a b  ".split(None, 1), " a  b c ".split(None, 0), "x y z ".split(maxsplit=1), "  a b ".rsplit(None, 1), "\x1ca\x85b\xa0".split())
