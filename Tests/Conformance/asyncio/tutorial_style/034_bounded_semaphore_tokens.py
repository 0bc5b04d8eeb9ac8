# rule: BoundedSemaphore refuses an extra release; Semaphore counts are visible through locked() and a pool report
import asyncio


class ConnectionPool:
    def __init__(self, size):
        self.sem = asyncio.BoundedSemaphore(size)
        self.in_use = []
        self.max_seen = 0

    async def __aenter__(self):
        await self.sem.acquire()
        conn = f"conn{len(self.in_use)}"
        self.in_use.append(conn)
        self.max_seen = max(self.max_seen, len(self.in_use))
        return conn

    async def __aexit__(self, *exc):
        self.in_use.pop()
        self.sem.release()


async def query(pool, sql, cost, results):
    async with pool as conn:
        await asyncio.sleep(cost)
        results.append(f"{sql} via {conn}")


async def main():
    pool = ConnectionPool(2)
    results = []
    await asyncio.gather(*(query(pool, f"Q{i}", c, results) for i, c in enumerate([0.03, 0.05, 0.04, 0.07])))
    print(results)
    print("max connections:", pool.max_seen, "locked now:", pool.sem.locked())
    try:
        pool.sem.release()
    except ValueError as e:
        print("ValueError:", e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print("plain semaphore allows extra release:", not plain.locked())
    await plain.acquire()
    await plain.acquire()
    print("after two acquires locked:", plain.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
