# rule: cancelling a task runs its except/finally cleanup; the awaiting code sees CancelledError
import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False
        print(f"{self.name}: connection closed")


async def heartbeat(conn, interval, log):
    beats = 0
    try:
        while True:
            await asyncio.sleep(interval)
            beats += 1
            log.append(beats)
    except asyncio.CancelledError:
        print(f"{conn.name}: cancelled after {beats} beats")
        raise
    finally:
        conn.close()


async def main():
    log = []
    conn = Connection("db")
    task = asyncio.create_task(heartbeat(conn, 0.04, log), name="heartbeat")
    await asyncio.sleep(0.1)
    print("cancel requested:", task.cancel("shutdown"))
    print("done right after cancel():", task.done())
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiting task raised CancelledError, args:", e.args)
    print("cancelled():", task.cancelled(), "open:", conn.open, "beats:", log)
    print("cancel again:", task.cancel())

    swallowed = asyncio.create_task(stubborn())
    await asyncio.sleep(0.02)
    swallowed.cancel()
    print("stubborn result:", await swallowed, swallowed.cancelled())


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
        await asyncio.sleep(0.01)
        return "finished anyway"


asyncio.run(main())
