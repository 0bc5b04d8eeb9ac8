# rule: an exception raised in finally replaces the original, which is shown as context
def transfer(amount):
    try:
        if amount > 100:
            raise ValueError("amount too large")
        print("transferred", amount)
    finally:
        if amount > 100:
            log_failure(amount)

def log_failure(amount):
    entries = {}
    entries[amount] += 1

transfer(50)
transfer(500)
