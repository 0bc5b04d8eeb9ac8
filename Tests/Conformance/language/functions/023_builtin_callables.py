# rule: callable(), calling classes and instances with __call__, bound methods as values
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), callable(triple), callable(Multiplier), callable(len), callable("s"), callable(None))
bound = "hello world".title
print(bound(), list(map(triple, [1, 2])), sorted([3, 1, 2], key=Multiplier(-1)))
class Account:
    def __init__(self):
        self.total = 0
    def deposit(self, x):
        self.total += x
        return self.total
acct = Account()
dep = acct.deposit
for amount in (10, 20):
    dep(amount)
print(acct.total, Account.deposit(acct, 5), acct.deposit.__name__, callable(dep))
