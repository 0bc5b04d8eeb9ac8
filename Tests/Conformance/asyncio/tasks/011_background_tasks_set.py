# rule: fire-and-forget tasks kept in a set with a discard done callback all run to completion
import asyncio

background = set()


async def send_email(to, delay):
    await asyncio.sleep(delay)
    print(f"email to {to} sent")


async def main():
    for to, delay in [("ann", 0.03), ("bob", 0.01), ("cid", 0.02)]:
        t = asyncio.create_task(send_email(to, delay))
        background.add(t)
        t.add_done_callback(background.discard)
    print("queued", len(background), "emails")
    await asyncio.sleep(0.015)
    print("still pending:", len(background))
    await asyncio.sleep(0.03)
    print("still pending:", len(background))


asyncio.run(main())
