# rule: an exception raised in __init__ during object construction shows the constructor frame
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin} K")
        self.kelvin = kelvin

readings = [Temperature(k) for k in (300, 0.5)]
print(len(readings))
Temperature(-1)
