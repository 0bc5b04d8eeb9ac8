# rule: a chat room fans messages out to per-client queues; clients leave with a sentinel and the room keeps order
import asyncio


class ChatRoom:
    def __init__(self):
        self.members = {}

    def join(self, name):
        q = asyncio.Queue()
        self.members[name] = q
        self.broadcast("system", f"{name} joined")
        return q

    def leave(self, name):
        q = self.members.pop(name)
        q.put_nowait(None)
        self.broadcast("system", f"{name} left")

    def broadcast(self, sender, text):
        for name, q in self.members.items():
            if name != sender:
                q.put_nowait((sender, text))


async def client(name, q, transcript):
    while (msg := await q.get()) is not None:
        sender, text = msg
        transcript.setdefault(name, []).append(f"<{sender}> {text}")
    return name


async def main():
    room = ChatRoom()
    transcript = {}
    tasks = []
    for name in ("ann", "bob"):
        tasks.append(asyncio.create_task(client(name, room.join(name), transcript)))
    await asyncio.sleep(0.01)
    room.broadcast("ann", "hello!")
    tasks.append(asyncio.create_task(client("cat", room.join("cat"), transcript)))
    await asyncio.sleep(0.02)
    room.broadcast("cat", "hi all")
    room.leave("bob")
    await asyncio.sleep(0.02)
    room.broadcast("ann", "bye")
    room.leave("ann")
    room.leave("cat")
    print("finished:", await asyncio.gather(*tasks))
    for name in sorted(transcript):
        print(f"--- {name} ({len(transcript[name])} lines)")
        for line in transcript[name]:
            print("   ", line)


asyncio.run(main())
