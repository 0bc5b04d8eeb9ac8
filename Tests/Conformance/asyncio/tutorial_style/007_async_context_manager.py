# rule: async with calls __aenter__/__aexit__ and __aexit__ can see and suppress an exception
import asyncio


class Transaction:
    opened = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.ops = []

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Transaction.opened += 1
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type is None:
            print(f"COMMIT {self.name}: {', '.join(self.ops)}")
        else:
            print(f"ROLLBACK {self.name}: {exc_type.__name__}: {exc}")
        return self.suppress

    def run(self, op):
        if op.startswith("DROP"):
            raise PermissionError(f"refused {op!r}")
        self.ops.append(op)


async def main():
    async with Transaction("t1") as tx:
        tx.run("INSERT a")
        tx.run("UPDATE b")
    async with Transaction("t2", suppress=True) as tx:
        tx.run("INSERT c")
        tx.run("DROP users")
        tx.run("never")
    print("after t2, ops:", tx.ops)
    try:
        async with Transaction("t3") as tx:
            tx.run("DROP orders")
    except PermissionError as e:
        print("propagated:", e)
    async with Transaction("t4") as a, Transaction("t5") as b:
        a.run("x")
        b.run("y")
    print("opened:", Transaction.opened)


asyncio.run(main())
