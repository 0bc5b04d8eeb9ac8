# rule: an exception raised by __repr__ while printing propagates from print()
class Fragile:
    def __init__(self, ok):
        self.ok = ok
    def __repr__(self):
        if not self.ok:
            raise RuntimeError("repr failed")
        return "Fragile(ok)"

print([Fragile(True)])
print([Fragile(True), Fragile(False)])
