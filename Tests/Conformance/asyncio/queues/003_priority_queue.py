# rule: PriorityQueue returns the smallest item first; ties compare the next tuple field
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for entry in [(3, "low", "cleanup"), (1, "urgent", "page on-call"), (2, "normal", "send report"),
                  (1, "urgent", "answer ticket"), (2, "normal", "backup")]:
        q.put_nowait(entry)
    print(q)
    while not q.empty():
        prio, label, job = await q.get()
        print(prio, label, job)


asyncio.run(main())
