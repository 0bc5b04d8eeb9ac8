# rule: an asyncio.Lock around read-modify-write keeps concurrent withdrawals from losing updates
import asyncio


class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []

    async def withdraw_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current - amount

    async def withdraw(self, amount, who):
        async with self.lock:
            if amount > self.balance:
                raise InsufficientFunds(f"{who}: wanted {amount}, only {self.balance} left")
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current - amount
            self.history.append((who, amount))


async def main():
    racy = Account("racy", 100)
    await asyncio.gather(*(racy.withdraw_unsafe(10) for _ in range(5)))
    print(f"without lock: {racy.balance} (expected 50)")

    acct = Account("safe", 100)
    outcomes = await asyncio.gather(
        *(acct.withdraw(amt, f"user{i}") for i, amt in enumerate([30, 50, 40, 10])),
        return_exceptions=True,
    )
    print(f"with lock: {acct.balance}")
    for i, o in enumerate(outcomes):
        print(f"  user{i}: {'ok' if o is None else o}")
    print("history:", acct.history)
    print("lock free:", not acct.lock.locked())


asyncio.run(main())
