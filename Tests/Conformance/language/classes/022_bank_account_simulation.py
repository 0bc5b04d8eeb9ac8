# rule: a bank simulation with classes, inheritance, class counters and formatted statements
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.number = Account.next_number
        Account.next_number += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            self.history.append(("refused", amount))
            return False
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return True
    def statement(self):
        lines = [f"Account {self.number} ({self.owner})"]
        for kind, amount in self.history:
            lines.append(f"  {kind:<9}{amount:>10.2f}")
        lines.append(f"  {'balance':<9}{self.balance:>10.2f}")
        return "\n".join(lines)
class Savings(Account):
    rate = 0.02
    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))
a = Account("ann", 50)
s = Savings("bob")
a.deposit(25.5)
a.withdraw(100)
a.withdraw(70)
s.deposit(1000)
s.add_interest()
print(a.statement())
print(s.statement())
print(Account.next_number, isinstance(s, Account), type(s).__name__)
