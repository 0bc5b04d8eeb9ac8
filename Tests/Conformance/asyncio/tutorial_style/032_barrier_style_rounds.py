# rule: workers synchronise rounds with an Event-based barrier built from a Condition and a counter
import asyncio


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = asyncio.Condition()

    async def wait(self):
        async with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.parties:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True
            await self.cond.wait_for(lambda: self.generation != gen)
            return False


async def worker(name, barrier, speeds, log):
    for rnd, speed in enumerate(speeds, 1):
        await asyncio.sleep(speed)
        log.append(f"r{rnd} {name} arrived")
        last = await barrier.wait()
        if last:
            log.append(f"r{rnd} complete (last: {name})")


async def main():
    log = []
    barrier = Barrier(3)
    await asyncio.gather(
        worker("a", barrier, [0.01, 0.05, 0.02], log),
        worker("b", barrier, [0.03, 0.01, 0.07], log),
        worker("c", barrier, [0.05, 0.03, 0.04], log),
    )
    print("\n".join(log))
    print("generations:", barrier.generation)


asyncio.run(main())
