# rule: properties with setters and deleters validate state; class and static methods build and check instances
class Temperature:
    scale_names = {"C": "Celsius", "F": "Fahrenheit", "K": "Kelvin"}

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = float(value)

    @celsius.deleter
    def celsius(self):
        print("resetting to 0")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._c + 273.15

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    @staticmethod
    def describe_scale(code):
        return Temperature.scale_names.get(code.upper(), "unknown")

    def __repr__(self):
        return f"Temperature({self._c:.2f}°C)"


t = Temperature(25)
print(t, f"{t.fahrenheit:.1f}F", f"{t.kelvin:.2f}K")
t.fahrenheit = 212
print(t, Temperature.from_fahrenheit(-40), Temperature.describe_scale("k"), t.describe_scale("x"))
for bad in ("hot", -300):
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
del t.celsius
print(t)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.kelvin.fget(t))
readings = [Temperature(c) for c in (18.5, 22.25, 19.0)]
warmest = max(readings, key=lambda r: r.celsius)
print(warmest, sum(r.fahrenheit for r in readings) / len(readings))
