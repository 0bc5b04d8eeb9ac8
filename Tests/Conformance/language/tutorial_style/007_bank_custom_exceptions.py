# rule: a custom exception hierarchy with try/except/else/finally and raise ... from in a bank simulation
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.shortfall = needed - available


class AccountLocked(BankError):
    pass


class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.log = []

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return amount


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer {src.owner}->{dst.owner} failed: {e} (short by {e.shortfall:.2f})")
        return False
    except BankError as e:
        print(f"transfer blocked: {type(e).__name__}({e})")
        return False
    else:
        dst.balance += amount
        print(f"moved {amount:.2f} from {src.owner} to {dst.owner}")
        return True
    finally:
        src.log.append(("transfer", amount))


a, b = Account("ann", 100), Account("bob", 20)
results = [transfer(a, b, 30), transfer(b, a, 80), transfer(a, b, 70.5)]
a.locked = True
results.append(transfer(a, b, 1))
print(results, f"{a.balance:.2f}", f"{b.balance:.2f}", len(a.log))


def close_account(acct):
    try:
        acct.withdraw(acct.balance + 1)
    except InsufficientFunds as e:
        raise BankError(f"cannot close {acct.owner}") from e


try:
    close_account(b)
except BankError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
print(isinstance(InsufficientFunds(1, 0), BankError), InsufficientFunds.__mro__[2].__name__)
try:
    raise AccountLocked()
except BankError as e:
    print(f"empty message: {str(e)!r} {e.args}")
close_account(Account("zed", 5))
