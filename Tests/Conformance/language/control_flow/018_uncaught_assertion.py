# rule: an uncaught AssertionError with a message ends the run with status 1
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount

b = 100
for amt in [30, 20, 70]:
    b = withdraw(b, amt)
    print("balance", b)
