# rule: tracebacks through a property getter and a staticmethod show those functions' names
class Reading:
    def __init__(self, raw):
        self.raw = raw
    @staticmethod
    def parse(text):
        value, unit = text.split()
        return float(value), unit
    @property
    def celsius(self):
        value, unit = Reading.parse(self.raw)
        return value if unit == "C" else (value - 32) * 5 / 9

print(Reading("21.5 C").celsius, Reading("212 F").celsius)
print(Reading("hot").celsius)
