import asyncio
from typing import Optional


class Worker:
    """A worker that pulls jobs from a queue."""

    count: int = 0

    def __init__(self, name: str, queue: "asyncio.Queue[int]") -> None:
        self.name = name
        self.queue = queue
        Worker.count += 1

    async def run(self, *, verbose=False, **options):
        while True:
            job = await self.queue.get()
            try:
                if job < 0:
                    break
                elif job == 0:
                    continue
                await asyncio.sleep(job / 100)
                if verbose:
                    print(f"{self.name!r} did {job:>5.2f}s {job=}", **options)
            except asyncio.CancelledError as exc:
                raise RuntimeError("cancelled") from exc
            finally:
                self.queue.task_done()
        return None


async def produce(queue, n=10, /, step=1):
    for i in range(0, n, step):
        await queue.put(i)
    await queue.put(-1)


async def main() -> Optional[int]:
    queue = asyncio.Queue(maxsize=5)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(produce(queue))
            w = Worker("w1", queue)
            tg.create_task(w.run(verbose=True, sep="|"))
    except* ValueError as eg:
        for e in eg.exceptions:
            print("error:", e)
    results = [x async for x in agen(3) if x % 2 == 0]
    squares = {k: v ** 2 for k, v in zip("abc", range(3))}
    total = sum(v for v in squares.values())
    first, *rest = sorted(squares, key=lambda k: -squares[k])
    print(results, total, first, rest, end="\n")
    return total if total > 1 else None


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0.01)

%time asyncio.run(main())
