# rule: @property getters, setters with validation and deleters; read-only property errors
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot be negative: {value}")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("  closing account of", self.owner)
        self._balance = 0
    @property
    def summary(self):
        return f"{self.owner}: {self._balance:,.2f}"
a = Account("ann", 100)
a.balance += 50
print(a.balance, a.summary)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
try:
    a.summary = "x"
except AttributeError as e:
    print("AttributeError:", e)
del a.balance
print(a.balance, type(Account.balance).__name__)
