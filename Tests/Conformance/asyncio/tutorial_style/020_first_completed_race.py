# rule: wait(FIRST_COMPLETED) picks the fastest mirror; the losers are cancelled and awaited
import asyncio


async def mirror(name, latency):
    try:
        await asyncio.sleep(latency)
        return f"{name} answered in {latency:.2f}s"
    except asyncio.CancelledError:
        print(f"{name}: request aborted")
        raise


async def fastest(mirrors):
    tasks = {asyncio.create_task(mirror(n, l), name=n) for n, l in mirrors}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.wait(pending)
    print("pending were cancelled:", sorted(t.get_name() for t in pending if t.cancelled()))
    return winner.result()


async def main():
    print(await fastest([("eu", 0.08), ("us", 0.05), ("asia", 0.12)]))
    tasks = [asyncio.create_task(mirror(f"m{i}", 0.02 * i + 0.01), name=f"m{i}") for i in range(4)]
    done, pending = await asyncio.wait(tasks, timeout=0.04)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", [t.result() for t in sorted(done, key=lambda t: t.get_name())], len(pending))


asyncio.run(main())
