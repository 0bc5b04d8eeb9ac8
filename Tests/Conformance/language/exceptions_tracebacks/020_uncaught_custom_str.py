# rule: an uncaught custom exception uses its __str__; the traceback names the class with its module-less name
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount
    def __str__(self):
        return f"cannot withdraw {self.amount:.2f}; balance is {self.balance:.2f}"

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

print(withdraw(100, 30))
withdraw(20, 75.5)
