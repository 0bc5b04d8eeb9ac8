# rule: str methods keep lone surrogates as code points: case mapping leaves them, predicates treat them as unprintable non-alphanumeric, split/join/replace/find/strip/partition/startswith work on them
s = "ab\ud800cd\udc00"
print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print(s.isprintable(), "\ud800".isalpha(), "\ud800".isalnum(), "\ud800".isspace(), "\ud800".isidentifier(), "\ud800".isdigit())
print(s.split("\ud800"), s.split("c"), s.rsplit("\udc00", 1), repr("\ud800".join(["x", "y", "z"])), repr("-".join(["\udc00", "q"])))
print(repr(s.replace("\ud800", "!")), repr(s.replace("c", "\udfff")), s.find("\udc00"), s.rfind("\ud800"), s.index("cd"))
print(repr(("\ud800 x \ud800").strip("\ud800")), repr(" \udc00 ".strip()), s.partition("\ud800"), s.rpartition("x"))
print(s.startswith("ab\ud800"), s.endswith(("z", "\udc00")), repr(s.center(10, "*")), repr(s.ljust(8)), repr(s.zfill(9)))
print(repr("\ud800{}".format(1)), repr(format("\udc00", ">4")), repr("{:^5}".format("\udc00")))
print(s.encode("utf-8", "surrogatepass"), s.encode("ascii", "backslashreplace"), s.encode("latin-1", "xmlcharrefreplace"))
print(list(map(ord, "\ud800x")), "x\ud800".splitlines(), repr("\ud800\n\udc00".splitlines(True)))
