# rule: a Lock serialises a read-modify-write that awaits in the middle; without it updates are lost
import asyncio


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = asyncio.Lock()

    async def deposit_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.01)
        self.balance = current + amount

    async def deposit_safe(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.01)
            self.balance = current + amount


async def main():
    acc = Account()
    await asyncio.gather(*(acc.deposit_unsafe(10) for _ in range(5)))
    print("without lock:", acc.balance)
    acc.balance = 0
    await asyncio.gather(*(acc.deposit_safe(10) for _ in range(5)))
    print("with lock:", acc.balance)
    print("locked now:", acc.lock.locked())


asyncio.run(main())
