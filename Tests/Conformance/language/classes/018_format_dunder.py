# rule: __format__ receives the spec from format(), f-strings and str.format
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)
    def __format__(self, spec):
        if spec == "hex":
            return "#" + "".join(f"{c:02x}" for c in self.rgb)
        if spec == "":
            return str(self)
        if spec.startswith("pad"):
            return str(self).center(int(spec[3:]), ".")
        raise ValueError(f"bad spec {spec!r}")
    def __str__(self):
        return "rgb" + str(self.rgb)
c = Color(255, 128, 0)
print(f"{c:hex}", format(c), "{:pad24}".format(c), f"{c}", str(c))
try:
    f"{c:x}"
except ValueError as e:
    print("ValueError:", e)
