# rule: a str may hold lone surrogates: literals, chr, ord, len, indexing, slicing, iteration, concatenation (a high and a low surrogate stay two code points), ==, ordering, hashing, in, repr
hi, lo = "\ud83d", "\ude00"
pair = hi + lo
print(len(hi), len(pair), repr(hi), repr(lo), repr(pair), ascii(pair))
print(pair == "\U0001f600", pair == "\ud83d\ude00", hi == chr(0xd83d), ord(lo), hex(ord(pair[0])))
s = "a\udc00b\ud800"
print(repr(s[1]), repr(s[1:3]), repr(s[::-1]), repr(s[-1]), [repr(c) for c in s])
print("\udc00" in s, "b\ud800" in s, "\ufffd" in s, s.count("\udc00"), s == "a\ufffdb\ufffd")
print(repr(s * 2), repr("\ud800" * 3), len(s * 2))
print(sorted(["\ue000", "\ud800", "z", "\uffff", "\U00010000"]), "\ud800" < "\ue000", "\udfff" > "\ud7ff")
d = {"\ud800": 1, "\ufffd": 2}
print(d["\ud800"], d["\ufffd"], len(d), hash("\ud800") == hash("\ud800"), {"\udc00", "\udc00", "x"} == {"x", "\udc00"})
print(repr(chr(0xdfff)), repr(chr(0xd800) + "'"), repr('"' + "\ud800" + "'"), repr("\\\ud800\n"))
try:
    ord("\ud800\udc00")
except TypeError as e:
    print(e)
print(repr(f"[{hi}]"), repr("%s|%r" % (lo, lo)), repr("{}/{!r}".format(lo, "x")))
print(str(hi) is hi, repr(str(pair)), isinstance(hi, str), hi.__len__())
