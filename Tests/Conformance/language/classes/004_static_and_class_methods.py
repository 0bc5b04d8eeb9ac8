# rule: @staticmethod and @classmethod: alternative constructors, subclass-aware cls, calls via instance and class
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        y, m, d = map(int, text.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class BirthDate(Date):
    pass
print(Date.from_string("2024-02-29"), BirthDate.from_string("1990-07-01"))
print(Date.is_leap(1900), Date.is_leap(2000), Date(1, 1, 1).is_leap(2024))
print([y for y in range(1896, 1925) if Date.is_leap(y)])
d = Date.from_string("2023-12-31")
print(d.from_string("2020-01-01"), BirthDate.is_leap(2100), type(BirthDate.from_string("2000-1-2")).__name__)
