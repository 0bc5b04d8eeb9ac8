# rule: __eq__/__lt__ etc. drive ==, sorting and max; NotImplemented falls back to reflected or identity
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10.0", "1.2.9", "1.2.10", "0.9", "1.2.10"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2.0") > Version("1.9"))
print(Version("1.0") == "1.0", Version("1.0") <= Version("1.0"), Version("3") >= Version("2"))
try:
    Version("1.0") < "2.0"
except TypeError as e:
    print("TypeError:", e)
print(vs.count(Version("1.2.10")), Version("0.9") in vs, vs.index(Version("1.2.10")))
