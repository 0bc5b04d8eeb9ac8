# rule: a tutorial-style bank and inventory: exception subclass with attributes, class counters, properties, inheritance with class attributes, sorting objects by __lt__, dict-of-dicts reports with format specs, set algebra, closures with nonlocal, a logging decorator
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    interest = 0.02
    _count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._count += 1
        self.number = Account._count
    @property
    def balance(self):
        return round(self._balance, 2)
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number
    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(self._balance * self.interest)

accounts = [Account("ann", 100), Savings("bob", 250.5), Account("cy")]
accounts[0].deposit(50).withdraw(30)
accounts[1].add_interest()
for a in sorted(accounts, reverse=True):
    print(a, type(a).__name__, a.interest, len(a.history))
try:
    accounts[2].withdraw(10)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.args)
try:
    accounts[2].deposit(-5)
except ValueError as e:
    print("error:", e)
print(accounts[0].history, Account._count, accounts[0] == accounts[0], accounts[0] == accounts[1], accounts[0] != 3)
totals = {}
for a in accounts:
    totals[type(a).__name__] = totals.get(type(a).__name__, 0) + a.balance
print(totals, sum(a.balance for a in accounts), max(accounts).owner, min(accounts, key=lambda a: a.owner))

inventory = {"apple": {"price": 0.5, "qty": 40}, "pear": {"price": 0.75, "qty": 0}, "kiwi": {"price": 0.25, "qty": 12}}
in_stock = {k: v for k, v in inventory.items() if v["qty"]}
print(list(in_stock), sorted(inventory, key=lambda k: inventory[k]["price"]))
value = sum(item["price"] * item["qty"] for item in inventory.values())
print(f"total value: ${value:8.2f}", f"{'item':<8}{'qty':>5}")
for name, item in sorted(inventory.items()):
    print(f"{name:<8}{item['qty']:>5}{item['price']:>8.2f}{'  (out)' if not item['qty'] else ''}")
inventory.setdefault("fig", {"price": 1.0, "qty": 3})
removed = inventory.pop("pear")
print(len(inventory), removed, inventory.get("pear"), "fig" in inventory, list(inventory.keys())[-1])
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= {1, 2, 3, 4, 5}, b.isdisjoint({9}), sorted(a.union(b, [7])))
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c = make_counter()
print(c(), c(), c(5), c.__name__, c.__qualname__)
def log_calls(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(map(repr, args))}{', ' if args and kwargs else ''}{', '.join(f'{k}={v!r}' for k, v in kwargs.items())}) -> {result!r}")
        return result
    return wrapper
@log_calls
def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}²"
area(3, 4)
area(2, unit="cm")
print(area.__name__)
