# rule: a three-stage pipeline joined by queues passes items through in order and shuts down with sentinels
import asyncio

DONE = object()


async def read_lines(out_q, lines):
    for line in lines:
        await asyncio.sleep(0.02)
        await out_q.put(line)
    await out_q.put(DONE)


async def parse(in_q, out_q):
    while (line := await in_q.get()) is not DONE:
        fields = [f.strip() for f in line.split(",")]
        try:
            record = {"name": fields[0], "qty": int(fields[1]), "price": float(fields[2])}
        except (IndexError, ValueError) as e:
            print(f"skip {line!r}: {type(e).__name__}: {e}")
            continue
        await out_q.put(record)
    await out_q.put(DONE)


async def aggregate(in_q):
    totals = {}
    while True:
        record = await in_q.get()
        if record is DONE:
            break
        await asyncio.sleep(0.07)
        totals[record["name"]] = totals.get(record["name"], 0) + record["qty"] * record["price"]
    return totals


async def main():
    lines = ["apple, 3, 0.5", "pear,2,0.75", "bad line", "apple,1,0.5", "plum, x, 1", "kiwi,10,0.2"]
    q1, q2 = asyncio.Queue(), asyncio.Queue(maxsize=1)
    _, _, totals = await asyncio.gather(read_lines(q1, lines), parse(q1, q2), aggregate(q2))
    width = max(len(k) for k in totals)
    for name, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{name.ljust(width)} | {total:>6.2f}")
    print("grand total:", round(sum(totals.values()), 2))


asyncio.run(main())
