# rule: unary dunders (__neg__, __pos__, __abs__, __invert__), division/modulo/power dunders and their reflected forms
class Frac:
    def __init__(self, n, d=1):
        from math import gcd
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + -self._coerce(o)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __floordiv__(self, o):
        o = self._coerce(o)
        return (self.n * o.d) // (self.d * o.n)
    def __mod__(self, o):
        return self - self._coerce(o) * (self // o)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __rpow__(self, base):
        return base ** (self.n / self.d)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __pos__(self):
        return self
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __invert__(self):
        return Frac(self.d, self.n)
    def __eq__(self, o):
        o = self._coerce(o)
        return (self.n, self.d) == (o.n, o.d)
    __hash__ = None
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, 3 * t, h + 1, -h, +t, abs(Frac(-3, 4)), ~Frac(2, 5))
print(Frac(7, 2) // 1, Frac(7, 2) % 1, h ** 3, h ** -2, 4 ** h, h == Frac(2, 4), sum([h, t, Frac(1, 6)]))
try:
    {h}
except TypeError as e:
    print("TypeError:", e)
