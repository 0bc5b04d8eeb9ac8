# rule: a Money class with __add__/__radd__ (so sum works), comparisons, __bool__, __format__ and __repr__
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents, self.currency = cents, currency
    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"cannot add {self.currency} and {other.currency}")
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return (self.cents, self.currency) == (other.cents, other.currency)
    def __bool__(self):
        return self.cents != 0
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), sorted(wallet), max(wallet), bool(Money(0)), Money(1) == Money(1))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    sum(wallet, 10)
except TypeError as e:
    print("TypeError:", e)
