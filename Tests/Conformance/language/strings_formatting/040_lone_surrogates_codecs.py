# rule: encoding lone surrogates: strict raises UnicodeEncodeError with CPython's five attributes; replace, ignore, backslashreplace, xmlcharrefreplace, namereplace, surrogatepass, surrogateescape; decoding back with surrogateescape/surrogatepass
s = "x\ud800\udc00y\udcff"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogatepass", "surrogateescape"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e, e.encoding, repr(e.object), e.start, e.end, e.reason)
raw = b"ok\xff\xed\xa0\x80!"
for errors in ["surrogateescape", "surrogatepass", "replace", "backslashreplace"]:
    try:
        t = raw.decode("utf-8", errors)
        print(errors, repr(t), len(t))
    except UnicodeDecodeError as e:
        print(errors, repr(e), e.start, e.end)
print(raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw)
print("\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass") == "\ud800")
print(str(b"\xfe", "ascii", "surrogateescape") == "\udcfe", bytes("\udcfe", "utf-8", "surrogateescape"))
